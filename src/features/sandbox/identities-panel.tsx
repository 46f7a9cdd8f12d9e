import { useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { CodeBlock } from '@/components/ui/code-block.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { RadioGroup } from '@/components/ui/radio-group.tsx'
import type { PrincipalKind, PrincipalRecord } from '@/core/kms/index.ts'
import {
  createIdentity,
  deleteIdentity,
  deleteIdentityPolicy,
} from '@/stores/sandbox-identities.ts'
import { useSandboxStore, type AwsErrorView } from '@/stores/sandbox-store.ts'
import { CallingAsSwitch } from './calling-as-switch.tsx'
import { IdentityPolicyForm } from './identity-policy-form.tsx'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

const KINDS = [
  { value: 'user', label: 'IAM user' },
  { value: 'role', label: 'IAM role' },
] as const

/**
 * The policy lab (issue 11, item 7): the account's identities (the root, and the IAM users and
 * roles the learner creates, each with inline identity policies) and who the console calls as.
 * A key policy decides first; an identity policy counts only when the key policy delegates to
 * IAM (the default key policy does).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/control-access.html
 */
export function IdentitiesPanel() {
  const principals = useSandboxStore((s) => s.principals)
  const [kind, setKind] = useState<PrincipalKind>('user')
  const [name, setName] = useState('')
  const [error, setError] = useState<AwsErrorView>()

  const onCreate = async (event: FormEvent) => {
    event.preventDefault()
    const result = await createIdentity(kind, name)
    setError(result.ok ? undefined : result.error)
    if (result.ok) setName('')
  }

  return (
    <Panel title="Identities and policies">
      <CallingAsSwitch />
      <p className={`text-sm ${MUTED_TEXT}`}>
        The account root is always there and passes every IAM check. A user or role you create can
        do nothing until the key policy, and (when the key policy delegates to IAM) one of its
        identity policies, allow it.
      </p>
      <form
        aria-label="Create identity"
        onSubmit={(event) => void onCreate(event)}
        className="flex flex-wrap items-end gap-3"
      >
        <RadioGroup legend="Kind" options={KINDS} value={kind} onChange={setKind} />
        <Field
          label="Identity name"
          className="min-w-0 flex-1"
          error={error && `${error.name}: ${error.message}`}
        >
          <TextInput value={name} onChange={(e) => setName(e.target.value)} required />
        </Field>
        <div>
          <Button type="submit">Create identity</Button>
        </div>
      </form>
      {principals.length > 0 && (
        <ul className="space-y-4">
          {principals.map((p) => (
            <li key={p.arn}>
              <IdentityEntry principal={p} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}

function IdentityEntry({ principal: p }: { principal: PrincipalRecord }) {
  const [error, setError] = useState<AwsErrorView>()
  const policies = Object.entries(p.policies)
  const run = async (request: Promise<{ ok: boolean; error?: AwsErrorView }>) => {
    const result = await request
    setError(result.ok ? undefined : result.error)
  }
  return (
    <Panel title={`${p.kind === 'user' ? 'User' : 'Role'} ${p.name}`} headingLevel={3}>
      <p className="font-mono text-sm break-all">{p.arn}</p>
      {policies.length === 0 ? (
        <p className={`text-sm ${MUTED_TEXT}`}>No identity policy: IAM allows it nothing.</p>
      ) : (
        <ul className="space-y-2">
          {policies.map(([policyName, document]) => (
            <li key={policyName} className="space-y-1">
              <CodeBlock label={`Identity policy ${policyName}`} text={document} wrap />
              <Button
                variant="text"
                onClick={() => void run(deleteIdentityPolicy(p.arn, policyName))}
              >
                Remove policy {policyName}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <IdentityPolicyForm principal={p} />
      <Button variant="danger" onClick={() => void run(deleteIdentity(p.arn))}>
        Delete {p.kind} {p.name}
      </Button>
      {error && <SandboxErrorAlert error={error} />}
    </Panel>
  )
}
