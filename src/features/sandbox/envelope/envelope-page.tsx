import { useDocumentTitle } from '@/components/use-document-title.ts'

/** The envelope encryption walkthrough (issue 12, item 1): being built. */
export default function EnvelopePage() {
  useDocumentTitle('Envelope encryption, step by step')
  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Envelope encryption, step by step</h1>
    </div>
  )
}
