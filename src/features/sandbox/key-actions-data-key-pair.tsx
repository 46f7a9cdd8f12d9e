import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { CodeBlock } from '@/components/ui/code-block.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import {
  DATA_KEY_PAIR_SPECS,
  SIMULATED_KEY_SPECS,
  type DataKeyPairSpec,
  type KeyMetadata,
} from '@/core/kms/index.ts'
import { generateDataKeyPairWith, type DataKeyPair } from '@/stores/sandbox-crypto-actions.ts'
import { PlaintextKeyNote } from './key-actions-plaintext-note.tsx'
import {
  AlgorithmField,
  ContextField,
  useActionError,
  withContexts,
} from './key-actions-shared.tsx'

/** The pair specs the simulator can make (WebCrypto's RSA and NIST curves). */
const PAIR_SPECS = DATA_KEY_PAIR_SPECS.filter((spec) =>
  (SIMULATED_KEY_SPECS as readonly string[]).includes(spec),
)

/**
 * GenerateDataKeyPair and its WithoutPlaintext form: an RSA or ECC key pair for use outside KMS
 * (signing or encrypting offline), its private key encrypted under this symmetric key.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPair.html
 */
export function KeyActionsDataKeyPair({ metadata: key }: { metadata: KeyMetadata }) {
  const [keyPairSpec, setKeyPairSpec] = useState<DataKeyPairSpec>('ECC_NIST_P256')
  const [context, setContext] = useState('')
  const [pair, setPair] = useState<DataKeyPair>()
  const { settle, alert } = useActionError()

  const generate = async (withPlaintext: boolean) => {
    setPair(undefined)
    const result = await withContexts([context], (ctx) =>
      generateDataKeyPairWith(key.KeyId, { keyPairSpec, context: ctx, withPlaintext }),
    )
    setPair(settle(result)?.value)
  }

  return (
    <Panel title="Data key pairs" headingLevel={3}>
      <p className={`text-sm ${MUTED_TEXT}`}>
        A key pair for use outside KMS: the public key in the clear, the private key encrypted under
        this key (and, without WithoutPlaintext, in plaintext too).
      </p>
      <AlgorithmField
        label="Key pair spec"
        options={PAIR_SPECS}
        value={keyPairSpec}
        onChange={setKeyPairSpec}
      />
      <ContextField value={context} onChange={setContext} />
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={() => void generate(true)}>
          GenerateDataKeyPair
        </Button>
        <Button onClick={() => void generate(false)}>GenerateDataKeyPairWithoutPlaintext</Button>
      </div>
      <div aria-live="polite" className="space-y-2">
        {pair && (
          <>
            <CodeBlock label="Public key (PEM)" text={pair.publicKeyPem} wrap />
            <CodeBlock
              label="Encrypted private key: PrivateKeyCiphertextBlob (base64)"
              text={pair.privateKeyCiphertext}
              wrap
            />
          </>
        )}
        {pair?.privateKeyPem !== undefined && (
          <>
            <CodeBlock label="Private key (PEM)" text={pair.privateKeyPem} wrap />
            <PlaintextKeyNote
              what="private key"
              onForget={() =>
                setPair({
                  publicKeyPem: pair.publicKeyPem,
                  privateKeyCiphertext: pair.privateKeyCiphertext,
                })
              }
            />
          </>
        )}
      </div>
      {alert}
    </Panel>
  )
}
