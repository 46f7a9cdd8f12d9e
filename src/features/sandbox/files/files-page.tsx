import { useDocumentTitle } from '@/components/use-document-title.ts'

/** File encryption (issue 12, item 2): being built. */
export default function FilesPage() {
  useDocumentTitle('Encrypt files')
  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Encrypt files</h1>
      <label>
        File to encrypt <input type="file" />
      </label>
    </div>
  )
}
