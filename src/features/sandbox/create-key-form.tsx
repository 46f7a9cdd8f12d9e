import { useState, type FormEvent } from 'react'
import {
  SIMULATED_KEY_SPECS,
  simulatedUsagesOf,
  type KeySpec,
  type KeyUsage,
} from '@/core/kms/index.ts'
import { createKey, type AwsErrorView } from '@/stores/sandbox-store.ts'
import { AwsErrorAlert } from './aws-error-alert.tsx'
import { field, label, panel, primaryButton } from './sandbox-styles.ts'
import { SelectField } from './select-field.tsx'

/** CreateKey with the three choices the console asks for first: description, spec, usage. */
export function CreateKeyForm() {
  const [description, setDescription] = useState('')
  const [keySpec, setKeySpec] = useState<KeySpec>('SYMMETRIC_DEFAULT')
  const [keyUsage, setKeyUsage] = useState<KeyUsage>('ENCRYPT_DECRYPT')
  const [error, setError] = useState<AwsErrorView>()
  const [created, setCreated] = useState<string>()
  const [busy, setBusy] = useState(false)
  // Each attempt remounts the alert, so the same error twice is announced twice.
  const [attempt, setAttempt] = useState(0)

  const onSpec = (spec: KeySpec) => {
    setKeySpec(spec)
    if (!simulatedUsagesOf(spec).includes(keyUsage)) setKeyUsage(simulatedUsagesOf(spec)[0]!)
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const result = await createKey({ description, keySpec, keyUsage }).finally(() => setBusy(false))
    setAttempt((n) => n + 1)
    if (result.ok) {
      setError(undefined)
      setCreated(result.value.KeyId)
      setDescription('')
    } else {
      setCreated(undefined)
      setError(result.error)
    }
  }

  return (
    <section aria-labelledby="create-key-heading" className={panel}>
      <h2 id="create-key-heading" className="text-lg font-semibold">
        Create a key
      </h2>
      <form onSubmit={(event) => void onSubmit(event)} className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <label htmlFor="key-description" className={label}>
            Description
          </label>
          <input
            id="key-description"
            className={field}
            value={description}
            maxLength={8192}
            placeholder="Orders table"
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <SelectField
          label="Key spec"
          value={keySpec}
          options={SIMULATED_KEY_SPECS}
          onChange={onSpec}
        />
        <SelectField
          label="Key usage"
          value={keyUsage}
          options={simulatedUsagesOf(keySpec)}
          onChange={setKeyUsage}
        />
        <div className="flex items-end">
          <button type="submit" className={primaryButton} disabled={busy}>
            Create key
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {created && (
          <p className="text-sm">
            Created key <code className="font-mono break-all">{created}</code>.
          </p>
        )}
      </div>
      {error && <AwsErrorAlert key={attempt} error={error} />}
    </section>
  )
}
