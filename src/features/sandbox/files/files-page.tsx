import { useDocumentTitle } from '@/components/use-document-title.ts'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { SandboxAccount } from '../sandbox-account.tsx'
import { FilesWorkbench } from './files-workbench.tsx'

/**
 * File encryption (issue 12, item 2): any file, encrypted in the browser under a data key from
 * the learner's simulated KMS account, streamed in the envelope format (docs/envelope-format.md).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#enveloping
 */
export default function FilesPage() {
  useDocumentTitle('Encrypt files')
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Encrypt files</h1>
      <p className={`text-sm ${MUTED_TEXT}`}>
        Each file gets its own data key from <code>GenerateDataKey</code>. The file is encrypted
        here, in your browser, in frames of 1 MiB; only the encrypted data key goes into the
        file&apos;s header. Opening the file asks KMS to <code>Decrypt</code> that data key. Nothing
        leaves this page.
      </p>
      <SandboxAccount>
        <FilesWorkbench />
      </SandboxAccount>
    </div>
  )
}
