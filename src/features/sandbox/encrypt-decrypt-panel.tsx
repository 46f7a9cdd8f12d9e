import { useId, useState, type FormEvent } from 'react'
import {
  decryptBase64,
  encryptText,
  useSandboxStore,
  type SandboxResult,
} from '@/stores/sandbox-store.ts'
import { AwsErrorAlert } from './aws-error-alert.tsx'
import { parseEncryptionContext } from './encryption-context-text.ts'
import { button, field, label, panel, primaryButton } from './sandbox-styles.ts'
import { SelectField } from './select-field.tsx'

type Outcome<T> = SandboxResult<T> | undefined

/** A context field that turns its text into an EncryptionContext or explains what is wrong. */
function ContextField(props: { value: string; onChange: (text: string) => void }) {
  const id = useId()
  return (
    <div>
      <label htmlFor={id} className={label}>
        Encryption context <span className="font-normal">(optional)</span>
      </label>
      <input
        id={id}
        className={field}
        value={props.value}
        placeholder="table=orders, env=test"
        aria-describedby={`${id}-hint`}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        key=value pairs. Decrypt needs exactly the same context as Encrypt.
      </p>
    </div>
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
    setDecrypted(await withContext(decryptContext, (context) => decryptBase64(ciphertext, context)))
  }

  return (
    <section aria-labelledby="encrypt-heading" className={panel}>
      <h2 id="encrypt-heading" className="text-lg font-semibold">
        Encrypt and decrypt
      </h2>
      {keys.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Create a SYMMETRIC_DEFAULT key first: Encrypt needs a KMS key.
        </p>
      ) : (
        <form
          onSubmit={(event) => void onEncrypt(event)}
          className="space-y-3"
          aria-label="Encrypt"
        >
          <SelectField
            label="KMS key"
            value={chosen}
            options={keys.map((k) => k.KeyId)}
            onChange={setKeyId}
            describe={(id) => {
              const k = keys.find((key) => key.KeyId === id)!
              return `${k.Description || 'No description'} (${id.slice(0, 8)}…, ${k.KeyState})`
            }}
          />
          <div>
            <label htmlFor="encrypt-plaintext" className={label}>
              Plaintext
            </label>
            <textarea
              id="encrypt-plaintext"
              className={field}
              rows={2}
              value={plaintext}
              onChange={(e) => setPlaintext(e.target.value)}
            />
          </div>
          <ContextField value={encryptContext} onChange={setEncryptContext} />
          <button type="submit" className={primaryButton}>
            Encrypt
          </button>
          <p aria-live="polite" className="sr-only">
            {encrypted?.ok &&
              `Encrypted: the CiphertextBlob is ${encrypted.value.length} base64 characters.`}
          </p>
          {encrypted?.ok && (
            <div className="space-y-2">
              <label htmlFor="encrypt-result" className={label}>
                CiphertextBlob (base64)
              </label>
              <textarea
                id="encrypt-result"
                readOnly
                rows={3}
                className={`${field} font-mono text-xs`}
                value={encrypted.value}
              />
              <button
                type="button"
                className={button}
                onClick={() => {
                  setCiphertext(encrypted.value)
                  setDecryptContext(encryptContext)
                }}
              >
                Decrypt this
              </button>
            </div>
          )}
          {encrypted?.ok === false && (
            <AwsErrorAlert key={attempts.encrypt} error={encrypted.error} />
          )}
        </form>
      )}
      <form
        onSubmit={(event) => void onDecrypt(event)}
        className="space-y-3 border-t border-slate-200 pt-3 dark:border-slate-800"
        aria-label="Decrypt"
      >
        <div>
          <label htmlFor="decrypt-ciphertext" className={label}>
            CiphertextBlob to decrypt (base64)
          </label>
          <textarea
            id="decrypt-ciphertext"
            className={`${field} font-mono text-xs`}
            rows={3}
            value={ciphertext}
            onChange={(e) => setCiphertext(e.target.value)}
          />
        </div>
        <ContextField value={decryptContext} onChange={setDecryptContext} />
        <button type="submit" className={primaryButton}>
          Decrypt
        </button>
        <div aria-live="polite">
          {decrypted?.ok && (
            <p className="text-sm">
              Plaintext: <output className="font-semibold">{decrypted.value.text}</output>
              <br />
              <span className="text-xs break-all text-slate-600 dark:text-slate-400">
                Decrypted with {decrypted.value.keyId}: the blob names its key, so Decrypt needs no
                KeyId.
              </span>
            </p>
          )}
        </div>
        {decrypted?.ok === false && (
          <AwsErrorAlert key={attempts.decrypt} error={decrypted.error} />
        )}
      </form>
    </section>
  )
}
