import { FileButton } from '@/components/ui/file-button.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'

/** File encryption (issue 12, item 2): being built. */
export default function FilesPage() {
  useDocumentTitle('Encrypt files')
  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Encrypt files</h1>
      <FileButton label="File to encrypt" onFile={() => undefined}>
        Encrypt a file…
      </FileButton>
    </div>
  )
}
