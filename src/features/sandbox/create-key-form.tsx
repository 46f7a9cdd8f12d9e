import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { Select, TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import {
  SIMULATED_KEY_SPECS,
  simulatedUsagesOf,
  type KeySpec,
  type KeyUsage,
} from '@/core/kms/index.ts'
import { createAlias } from '@/stores/sandbox-key-actions.ts'
import { createKey, type AwsErrorView } from '@/stores/sandbox-store.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

/**
 * CreateKey with the choices the console asks for first: description, spec, usage, and an
 * alias (CreateAlias right after, as the console does).
 */
export function CreateKeyForm() {
  const [description, setDescription] = useState('')
  const [alias, setAlias] = useState('')
  const [keySpec, setKeySpec] = useState<KeySpec>('SYMMETRIC_DEFAULT')
  const [keyUsage, setKeyUsage] = useState<KeyUsage>('ENCRYPT_DECRYPT')
  const [error, setError] = useState<AwsErrorView>()
  const [created, setCreated] = useState<string>()
  const [busy, setBusy] = useState(false)
  // Each attempt remounts its message, so the same outcome twice is announced twice.
  const [attempt, setAttempt] = useState(0)

  const onSpec = (spec: KeySpec) => {
    setKeySpec(spec)
    if (!simulatedUsagesOf(spec).includes(keyUsage)) setKeyUsage(simulatedUsagesOf(spec)[0]!)
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const aliasName = alias.trim()
    try {
      const key = await createKey({ description, keySpec, keyUsage })
      // The key exists even when its alias is refused: the form says both.
      const aliased =
        key.ok && aliasName ? await createAlias(aliasName, key.value.KeyId) : undefined
      setAttempt((n) => n + 1)
      setCreated(key.ok ? key.value.KeyId : undefined)
      setError(!key.ok ? key.error : aliased?.ok === false ? aliased.error : undefined)
      if (key.ok) {
        setDescription('')
        if (aliased?.ok !== false) setAlias('')
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Panel title="Create a key">
      <form onSubmit={(event) => void onSubmit(event)} className="grid gap-3 sm:grid-cols-3">
        <Field label="Description" className="sm:col-span-3">
          <TextInput
            value={description}
            maxLength={8192}
            placeholder="Orders table"
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
        <Field
          label={
            <>
              Alias <span className="font-normal">(optional)</span>
            </>
          }
          className="sm:col-span-3"
        >
          <TextInput
            value={alias}
            maxLength={256}
            className="font-mono"
            placeholder="alias/orders"
            onChange={(e) => setAlias(e.target.value)}
          />
        </Field>
        <Field label="Key spec">
          <Select value={keySpec} onChange={(e) => onSpec(e.target.value as KeySpec)}>
            {SIMULATED_KEY_SPECS.map((spec) => (
              <option key={spec}>{spec}</option>
            ))}
          </Select>
        </Field>
        <Field label="Key usage">
          <Select value={keyUsage} onChange={(e) => setKeyUsage(e.target.value as KeyUsage)}>
            {simulatedUsagesOf(keySpec).map((usage) => (
              <option key={usage}>{usage}</option>
            ))}
          </Select>
        </Field>
        <div className="flex items-end">
          <Button variant="primary" type="submit" busy={busy}>
            Create key
          </Button>
        </div>
      </form>
      {created && (
        <Alert key={attempt} tone="success">
          <p>
            Created key <code className="font-mono break-all">{created}</code>.
          </p>
        </Alert>
      )}
      {error && <SandboxErrorAlert key={attempt} error={error} />}
    </Panel>
  )
}
