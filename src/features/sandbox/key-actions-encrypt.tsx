import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextArea } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { EncryptionAlgorithmSpec, KeyMetadata } from '@/core/kms/index.ts'
import { decryptWithKey, encryptWithKey, type Decrypted } from '@/stores/sandbox-crypto-actions.ts'
import { CiphertextMaterialLine } from './ciphertext-material-line.tsx'
import {
  AlgorithmField,
  ContextField,
  useActionError,
  withContexts,
} from './key-actions-shared.tsx'

/**
 * Encrypt with this key, and Decrypt naming it. A symmetric key takes an encryption context; an
 * RSA key takes none and needs its RSAES_OAEP algorithm named on both calls, and encrypts only
 * small data (190 bytes for RSA_2048 with SHA-256).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html#key-spec-rsa
 */
export function KeyActionsEncrypt({ metadata: key }: { metadata: KeyMetadata }) {
  const algorithms = key.EncryptionAlgorithms ?? ['SYMMETRIC_DEFAULT']
  const symmetric = key.KeySpec === 'SYMMETRIC_DEFAULT'
  const [algorithm, setAlgorithm] = useState<EncryptionAlgorithmSpec>(algorithms.at(-1)!)
  const [plaintext, setPlaintext] = useState('')
  const [context, setContext] = useState('')
  const [ciphertext, setCiphertext] = useState('')
  const [decrypted, setDecrypted] = useState<Decrypted>()
  const [status, setStatus] = useState('')
  const { settle, alert } = useActionError()

  const onEncrypt = async () => {
    setDecrypted(undefined)
    const result = await withContexts([context], (ctx) =>
      encryptWithKey(key.KeyId, plaintext, { context: ctx, algorithm }),
    )
    const done = settle(result)
    setStatus(done ? 'Encrypted: the CiphertextBlob is in the box below.' : '')
    if (done) setCiphertext(done.value)
  }
  const onDecrypt = async () => {
    const result = await withContexts([context], (ctx) =>
      decryptWithKey(key.KeyId, ciphertext, { context: ctx, algorithm }),
    )
    const done = settle(result)
    setDecrypted(done?.value)
    setStatus(done ? 'Decrypted.' : '')
  }

  return (
    <Panel title="Encrypt and decrypt" headingLevel={3}>
      <Field label="Plaintext">
        <TextArea rows={2} value={plaintext} onChange={(e) => setPlaintext(e.target.value)} />
      </Field>
      {symmetric ? (
        <ContextField
          value={context}
          onChange={setContext}
          hint="key=value pairs. Decrypt needs exactly the context Encrypt had."
        />
      ) : (
        <AlgorithmField
          label="Encryption algorithm"
          options={algorithms}
          value={algorithm}
          onChange={setAlgorithm}
          hint="An RSA key takes no encryption context; Decrypt needs the algorithm Encrypt used."
        />
      )}
      <Button variant="primary" onClick={() => void onEncrypt()}>
        Encrypt
      </Button>
      <Field
        label="CiphertextBlob (base64)"
        hint="Encrypt puts its blob here; Decrypt reads it, with the key of this page."
      >
        <TextArea
          rows={3}
          className="font-mono"
          value={ciphertext}
          onChange={(e) => setCiphertext(e.target.value)}
        />
      </Field>
      {symmetric && ciphertext !== '' && <CiphertextMaterialLine ciphertext={ciphertext} />}
      <Button onClick={() => void onDecrypt()}>Decrypt</Button>
      <p role="status" className="sr-only">
        {status}
      </p>
      {decrypted && (
        <p className="text-sm">
          {decrypted.text === undefined ? (
            <>
              Plaintext (base64):{' '}
              <output className="font-mono font-semibold break-all">{decrypted.base64}</output>
            </>
          ) : (
            <>
              Plaintext: <output className="font-semibold break-all">{decrypted.text}</output>
            </>
          )}
          <br />
          <span className={`text-xs break-all ${MUTED_TEXT}`}>
            Decrypted by {decrypted.keyArn}.
          </span>
        </p>
      )}
      {alert}
    </Panel>
  )
}
