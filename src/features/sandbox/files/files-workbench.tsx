import { useCallback, useState } from 'react'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { FileButton } from '@/components/ui/file-button.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { Alert } from '@/components/ui/alert.tsx'
import { parseEncryptionContext } from '../encryption-context-text.ts'
import { ContextField } from '../key-actions-shared.tsx'
import {
  chosenEncryptionKey,
  SymmetricKeySelect,
  useEncryptionKeys,
} from '../symmetric-key-select.tsx'
import { CreateKeyOffer } from './create-key-offer.tsx'
import { FileJobView } from './file-job-view.tsx'
import { isEnvelopeFile, usePageDrop } from './use-page-drop.ts'
import { useFileJob, type FileMode } from './use-file-job.ts'

/**
 * The key, the encryption context and the two file inputs; choosing (or dropping) a file starts
 * the work at once. A dropped file is decrypted when it is an envelope, encrypted otherwise.
 */
export function FilesWorkbench() {
  const keys = useEncryptionKeys()
  const [keyChoice, setKeyChoice] = useState<string>()
  const [contextText, setContextText] = useState('')
  const [contextError, setContextError] = useState<string>()
  const { job, start, cancel } = useFileJob()
  const keyId = chosenEncryptionKey(keys, keyChoice)

  const run = useCallback(
    (mode: FileMode, file: File) => {
      const parsed = parseEncryptionContext(contextText)
      if (!parsed.ok) {
        setContextError(parsed.message)
        return
      }
      setContextError(undefined)
      if (mode === 'encrypt' && keyId === undefined) return
      void start(mode, file, { ...(keyId !== undefined && { keyId }), context: parsed.context })
    },
    [contextText, keyId, start],
  )

  const onDrop = useCallback(
    (file: File) => void isEnvelopeFile(file).then((env) => run(env ? 'decrypt' : 'encrypt', file)),
    [run],
  )
  const dragging = usePageDrop(onDrop)

  return (
    <div className="space-y-5">
      <Panel title="Key and encryption context">
        {keyId === undefined ? (
          <CreateKeyOffer />
        ) : (
          <SymmetricKeySelect
            value={keyChoice}
            onChange={setKeyChoice}
            hint="GenerateDataKey under this key makes each file's data key. Opening a file uses the key its header names."
          />
        )}
        <ContextField
          value={contextText}
          onChange={setContextText}
          hint="key=value pairs, separated by commas. Stored in the file's header; when set while opening a file, the file's context must match it."
        />
        {contextError && (
          <Alert tone="error" title="Invalid encryption context">
            <p>{contextError}</p>
          </Alert>
        )}
      </Panel>
      <Panel title="Files">
        <p className={`text-sm ${MUTED_TEXT}`}>
          Choose a file, or drop it anywhere on this page: an encrypted file (it starts with “KDEN”)
          is opened, any other file is encrypted. Files of any size are read in pieces, so a large
          one needs no more memory than a small one.
        </p>
        <div className="flex flex-wrap gap-2">
          {keyId !== undefined && (
            <FileButton label="File to encrypt" onFile={(file) => run('encrypt', file)}>
              Encrypt a file…
            </FileButton>
          )}
          <FileButton label="File to decrypt" onFile={(file) => run('decrypt', file)}>
            Decrypt a file…
          </FileButton>
        </div>
        {dragging && (
          <Alert title="Drop the file to start">
            <p>It is encrypted, or opened if it is already encrypted.</p>
          </Alert>
        )}
        <FileJobView job={job} onCancel={cancel} />
      </Panel>
    </div>
  )
}
