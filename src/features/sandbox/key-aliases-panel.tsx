import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { LIST_DIVIDER, MUTED_TEXT } from '@/components/ui/colours.ts'
import { Select, TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { createAlias, deleteAlias, moveAlias } from '@/stores/sandbox-key-actions.ts'
import { useSandboxStore, type SandboxResult } from '@/stores/sandbox-store.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

type Outcome = { result: SandboxResult<void>; done: string }

/** One alias of the key, with a move to another key of the account and a delete. */
function AliasRow(props: {
  name: string
  others: readonly KeyMetadata[]
  onRun: (request: () => Promise<SandboxResult<void>>, done: string) => void
}) {
  const { name, others, onRun } = props
  const [target, setTarget] = useState('')
  const chosen = others.some((k) => k.KeyId === target) ? target : (others[0]?.KeyId ?? '')
  return (
    <li className="flex flex-wrap items-end gap-3 py-3">
      <p className="w-full font-mono text-sm break-all">{name}</p>
      {others.length > 0 && (
        <>
          <Field label={`Move ${name} to`} className="min-w-0 flex-1">
            <Select value={chosen} onChange={(e) => setTarget(e.target.value)}>
              {others.map((k) => (
                <option key={k.KeyId} value={k.KeyId}>
                  {`${k.Description || 'No description'} (${k.KeyId.slice(0, 8)}…)`}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            aria-label={`Move alias ${name}`}
            onClick={() => onRun(() => moveAlias(name, chosen), `${name} now points at ${chosen}.`)}
          >
            Move
          </Button>
        </>
      )}
      <Button
        variant="danger"
        aria-label={`Delete alias ${name}`}
        onClick={() => onRun(() => deleteAlias(name), `${name} deleted.`)}
      >
        Delete
      </Button>
    </li>
  )
}

/**
 * The key's aliases (friendly names an application can use instead of the key id): create one,
 * move one to another key (UpdateAlias, which is how an application switches keys without a
 * code change), delete one.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html
 */
export function KeyAliasesPanel({ metadata: key }: { metadata: KeyMetadata }) {
  const aliases = useSandboxStore((s) => s.aliases)
  const keys = useSandboxStore((s) => s.keys)
  const names = aliases
    .filter((a) => a.TargetKeyId === key.KeyId)
    .map((a) => a.AliasName as string)
    .sort()
  const others = keys.filter(
    (k) => k.KeyId !== key.KeyId && k.KeyManager === 'CUSTOMER' && k.KeyState !== 'PendingDeletion',
  )
  const [newName, setNewName] = useState('alias/')
  const [outcome, setOutcome] = useState<Outcome>()
  const [attempt, setAttempt] = useState(0)

  const run = async (request: () => Promise<SandboxResult<void>>, done: string) => {
    const result = await request()
    setAttempt((n) => n + 1)
    setOutcome({ result, done })
    return result.ok
  }
  const onCreate = async (event: FormEvent) => {
    event.preventDefault()
    const name = newName.trim()
    if (await run(() => createAlias(name, key.KeyId), `${name} created.`)) setNewName('alias/')
  }

  return (
    <Panel title="Aliases">
      {names.length === 0 ? (
        <p className={`text-sm ${MUTED_TEXT}`}>This key has no alias.</p>
      ) : (
        <ul aria-label="Aliases of this key" className={`divide-y ${LIST_DIVIDER}`}>
          {names.map((name) => (
            <AliasRow key={name} name={name} others={others} onRun={(r, d) => void run(r, d)} />
          ))}
        </ul>
      )}
      {key.KeyManager === 'CUSTOMER' && (
        <form
          aria-label="Create alias"
          onSubmit={(event) => void onCreate(event)}
          className="flex flex-wrap items-end gap-3"
        >
          <Field
            label="Alias name"
            hint="alias/ then letters, digits, / _ -. alias/aws/ is AWS’s."
            className="min-w-0 flex-1"
          >
            <TextInput
              value={newName}
              className="font-mono"
              onChange={(e) => setNewName(e.target.value)}
            />
          </Field>
          <Button type="submit">Create alias</Button>
        </form>
      )}
      {outcome &&
        (outcome.result.ok ? (
          <Alert key={attempt} tone="success">
            <p className="break-all">{outcome.done}</p>
          </Alert>
        ) : (
          <SandboxErrorAlert key={attempt} error={outcome.result.error} />
        ))}
    </Panel>
  )
}
