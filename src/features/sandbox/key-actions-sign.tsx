import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextArea } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata, SigningAlgorithmSpec } from '@/core/kms/index.ts'
import { signMessage, verifySignature } from '@/stores/sandbox-crypto-actions.ts'
import { AlgorithmField, useActionError } from './key-actions-shared.tsx'

/**
 * Sign and Verify with this key's private half (which never leaves KMS), MessageType RAW: KMS
 * hashes the message with the algorithm's hash. (DIGEST, a hash computed by the caller, is not
 * simulated: WebCrypto always hashes.) A signature that does not match the message is
 * KMSInvalidSignatureException, not a false.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html
 */
export function KeyActionsSign({ metadata: key }: { metadata: KeyMetadata }) {
  const algorithms = key.SigningAlgorithms ?? []
  const [algorithm, setAlgorithm] = useState<SigningAlgorithmSpec | undefined>(algorithms[0])
  const [message, setMessage] = useState('')
  const [signature, setSignature] = useState('')
  const [status, setStatus] = useState('')
  const { settle, alert } = useActionError()
  if (algorithm === undefined) return null

  const onSign = async () => {
    const done = settle(await signMessage(key.KeyId, message, algorithm))
    if (done) setSignature(done.value)
    setStatus(done ? 'Signed: the signature is in the box below.' : '')
  }
  const onVerify = async () => {
    const done = settle(await verifySignature(key.KeyId, message, signature, algorithm))
    setStatus(done ? 'Verify: the signature is valid for this message (SignatureValid: true).' : '')
  }

  return (
    <Panel title="Sign and verify" headingLevel={3}>
      <Field label="Message" hint="Signed as it is (MessageType RAW): KMS hashes it.">
        <TextArea rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />
      </Field>
      <AlgorithmField
        label="Signing algorithm"
        options={algorithms}
        value={algorithm}
        onChange={setAlgorithm}
      />
      <Button variant="primary" onClick={() => void onSign()}>
        Sign
      </Button>
      <Field
        label="Signature (base64)"
        hint="Sign puts its signature here; Verify checks it against the message above."
      >
        <TextArea
          rows={3}
          className="font-mono"
          value={signature}
          onChange={(e) => setSignature(e.target.value)}
        />
      </Field>
      <Button onClick={() => void onVerify()}>Verify</Button>
      <p role="status" className={`text-sm ${MUTED_TEXT}`}>
        {status}
      </p>
      {alert}
    </Panel>
  )
}
