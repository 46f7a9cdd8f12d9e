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
  const [inputError, setInputError] = useState<{ title: string; message: string }>()
  const { job, start, cancel } = useFileJob()
  const keyId = chosenEncryptionKey(keys, keyChoice)

  const run = useCallback(
    (mode: FileMode, file: File) => {
      const parsed = parseEncryptionContext(contextText)
      if (!parsed.ok) {
        setInputError({ title: 'Invalid encryption context', message: parsed.message })
        return
      }
      if (mode === 'encrypt' && keyId === undefined) {
        setInputError({
          title: 'No key to encrypt with',
          message: 'Create a symmetric encryption key above, then choose the file again.',
        })
        return
      }
      setInputError(undefined)
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
      </Panel>
      <Panel title="Files">
        <p className={`text-sm ${MUTED_TEXT}`}>
          Choose a file, or drop it anywhere on this page: an encrypted file (it starts with “KDEN”)
          is opened, any other file is encrypted. Files of any size are read in pieces, so a large
          one needs no more memory than a small one.
        </p>
        <div className="flex flex-wrap gap-2">
          <FileButton label="File to encrypt" onFile={(file) => run('encrypt', file)}>
            Encrypt a file…
          </FileButton>
          <FileButton label="File to decrypt" onFile={(file) => run('decrypt', file)}>
            Decrypt a file…
          </FileButton>
        </div>
        {inputError && (
          <Alert tone="error" title={inputError.title}>
            <p>{inputError.message}</p>
          </Alert>
        )}
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
