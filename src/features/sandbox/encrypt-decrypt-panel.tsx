import { useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { CodeBlock } from '@/components/ui/code-block.tsx'
import { DIVIDER, MUTED_TEXT } from '@/components/ui/colours.ts'
import { Select, TextArea, TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import {
  decryptBase64,
  encryptText,
  useSandboxStore,
  type SandboxResult,
} from '@/stores/sandbox-store.ts'
import { CiphertextMaterialLine } from './ciphertext-material-line.tsx'
import { parseEncryptionContext } from './encryption-context-text.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

type Outcome<T> = SandboxResult<T> | undefined

/** A context field that turns its text into an EncryptionContext or explains what is wrong. */
function ContextField(props: { value: string; onChange: (text: string) => void }) {
  return (
    <Field
      label={
        <>
          Encryption context <span className="font-normal">(optional)</span>
        </>
      }
      hint="key=value pairs. Decrypt needs exactly the same context as Encrypt."
    >
      <TextInput
        value={props.value}
        placeholder="table=orders, env=test"
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  )
}

/** Text that is not a valid context is refused before any request, in the same error box. */
function withContext<T>(
  text: string,
  request: (context: Record<string, string>) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  const parsed = parseEncryptionContext(text)
  if (!parsed.ok) {
    return Promise.resolve({
      ok: false,
      error: { name: 'Invalid encryption context', message: parsed.message },
    })
  }
  return request(parsed.context)
}

/**
 * Encrypt and Decrypt with a symmetric key of the account: what a learner's code would send, with
 * the CiphertextBlob shown as base64 and every failure as the AWS error.
 */
export function EncryptDecryptPanel() {
  const keys = useSandboxStore((s) => s.keys).filter(
    (k) => k.KeySpec === 'SYMMETRIC_DEFAULT' && k.KeyState !== 'PendingDeletion',
  )
  const [keyId, setKeyId] = useState('')
  const [plaintext, setPlaintext] = useState('')
  const [encryptContext, setEncryptContext] = useState('')
  const [encrypted, setEncrypted] = useState<Outcome<string>>()
  const [ciphertext, setCiphertext] = useState('')
  const [decryptContext, setDecryptContext] = useState('')
  const [decrypted, setDecrypted] = useState<Outcome<{ keyId: string; text: string }>>()
  // The blob the last Decrypt read, for the material line (the box may be edited since).
  const [decryptedBlob, setDecryptedBlob] = useState('')
  // Each request remounts its alert, so the same error twice is announced twice.
  const [attempts, setAttempts] = useState({ encrypt: 0, decrypt: 0 })
  const chosen = keys.some((k) => k.KeyId === keyId) ? keyId : (keys.at(-1)?.KeyId ?? '')

  const onEncrypt = async (event: FormEvent) => {
    event.preventDefault()
    setAttempts((n) => ({ ...n, encrypt: n.encrypt + 1 }))
    setEncrypted(
      await withContext(encryptContext, (context) => encryptText(chosen, plaintext, context)),
    )
  }
  const onDecrypt = async (event: FormEvent) => {
    event.preventDefault()
    setAttempts((n) => ({ ...n, decrypt: n.decrypt + 1 }))
    setDecryptedBlob(ciphertext)
    setDecrypted(await withContext(decryptContext, (context) => decryptBase64(ciphertext, context)))
  }

  return (
    <Panel title="Encrypt and decrypt">
      {keys.length === 0 ? (
        <p className={`text-sm ${MUTED_TEXT}`}>
          Create a SYMMETRIC_DEFAULT key first: Encrypt needs a KMS key.
        </p>
      ) : (
        <form
          onSubmit={(event) => void onEncrypt(event)}
          className="space-y-3"
          aria-label="Encrypt"
        >
          <Field label="KMS key">
            <Select value={chosen} onChange={(e) => setKeyId(e.target.value)}>
              {keys.map((k) => (
                <option key={k.KeyId} value={k.KeyId}>
                  {`${k.Description || 'No description'} (${k.KeyId.slice(0, 8)}…, ${k.KeyState})`}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Plaintext">
            <TextArea rows={2} value={plaintext} onChange={(e) => setPlaintext(e.target.value)} />
          </Field>
          <ContextField value={encryptContext} onChange={setEncryptContext} />
          <Button variant="primary" type="submit">
            Encrypt
          </Button>
          <p aria-live="polite" className="sr-only">
            {encrypted?.ok &&
              `Encrypted: the CiphertextBlob is ${encrypted.value.length} base64 characters.`}
          </p>
          {encrypted?.ok && (
            <div className="space-y-2">
              <CodeBlock label="CiphertextBlob (base64)" text={encrypted.value} wrap />
              <CiphertextMaterialLine ciphertext={encrypted.value} />
              <Button
                onClick={() => {
                  setCiphertext(encrypted.value)
                  setDecryptContext(encryptContext)
                }}
              >
                Decrypt this
              </Button>
            </div>
          )}
          {encrypted?.ok === false && (
            <SandboxErrorAlert key={attempts.encrypt} error={encrypted.error} />
          )}
        </form>
      )}
      <form
        onSubmit={(event) => void onDecrypt(event)}
        className={`space-y-3 border-t pt-3 ${DIVIDER}`}
        aria-label="Decrypt"
      >
        <Field label="CiphertextBlob to decrypt (base64)">
          <TextArea
            rows={3}
            className="font-mono"
            value={ciphertext}
            onChange={(e) => setCiphertext(e.target.value)}
          />
        </Field>
        <ContextField value={decryptContext} onChange={setDecryptContext} />
        <Button variant="primary" type="submit">
          Decrypt
        </Button>
        <div aria-live="polite">
          {decrypted?.ok && (
            <p className="text-sm">
              Plaintext: <output className="font-semibold">{decrypted.value.text}</output>
              <br />
              <span className={`text-xs break-all ${MUTED_TEXT}`}>
                Decrypted with {decrypted.value.keyId}: the blob names its key, so Decrypt needs no
                KeyId.
              </span>
            </p>
          )}
          {decrypted?.ok && <CiphertextMaterialLine ciphertext={decryptedBlob} />}
        </div>
        {decrypted?.ok === false && (
          <SandboxErrorAlert key={attempts.decrypt} error={decrypted.error} />
        )}
      </form>
    </Panel>
  )
}
