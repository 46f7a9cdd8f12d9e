import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { CodeBlock } from '@/components/ui/code-block.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import { DATA_KEY_SPECS, type DataKeySpec, type KeyMetadata } from '@/core/kms/index.ts'
import { generateDataKeyWith, type DataKey } from '@/stores/sandbox-crypto-actions.ts'
import { PlaintextKeyNote } from './key-actions-plaintext-note.tsx'
import {
  AlgorithmField,
  ContextField,
  useActionError,
  withContexts,
} from './key-actions-shared.tsx'

/**
 * GenerateDataKey and GenerateDataKeyWithoutPlaintext: a data key for envelope encryption, in
 * plaintext (to encrypt now) and encrypted under this key (to store beside the data).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html
 */
export function KeyActionsDataKey({ metadata: key }: { metadata: KeyMetadata }) {
  const [keySpec, setKeySpec] = useState<DataKeySpec>('AES_256')
  const [context, setContext] = useState('')
  const [dataKey, setDataKey] = useState<DataKey>()
  const { settle, alert } = useActionError()

  const generate = async (withPlaintext: boolean) => {
    setDataKey(undefined)
    const result = await withContexts([context], (ctx) =>
      generateDataKeyWith(key.KeyId, { keySpec, context: ctx, withPlaintext }),
    )
    setDataKey(settle(result)?.value)
  }

  return (
    <Panel title="Data keys" headingLevel={3}>
      <p className={`text-sm ${MUTED_TEXT}`}>
        Envelope encryption: KMS makes a data key and encrypts it under this key; your code encrypts
        the data with the data key and stores the encrypted data key beside it. The WithoutPlaintext
        form returns only the encrypted copy, for a later Decrypt.
      </p>
      <AlgorithmField
        label="Data key spec"
        options={DATA_KEY_SPECS}
        value={keySpec}
        onChange={setKeySpec}
      />
      <ContextField
        value={context}
        onChange={setContext}
        hint="key=value pairs. Decrypting the data key will need the same context."
      />
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={() => void generate(true)}>
          GenerateDataKey
        </Button>
        <Button onClick={() => void generate(false)}>GenerateDataKeyWithoutPlaintext</Button>
      </div>
      <div aria-live="polite" className="space-y-2">
        {dataKey && (
          <CodeBlock
            label="Encrypted data key: CiphertextBlob (base64)"
            text={dataKey.ciphertext}
            wrap
          />
        )}
        {dataKey?.plaintext !== undefined && (
          <>
            <CodeBlock label="Plaintext data key (base64)" text={dataKey.plaintext} wrap />
            <PlaintextKeyNote
              what="plaintext data key"
              onForget={() => setDataKey({ ciphertext: dataKey.ciphertext })}
            />
          </>
        )}
      </div>
      {alert}
    </Panel>
  )
}
