import { useState, type KeyboardEvent } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { Checkbox } from '@/components/ui/checkbox.tsx'
import { CodeBlock } from '@/components/ui/code-block.tsx'
import { TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { RadioGroup } from '@/components/ui/radio-group.tsx'
import { defaultKeyPolicyText } from '@/core/kms/index.ts'
import type { PrincipalKind } from '@/core/kms/index.ts'
import { createIdentity } from '@/stores/sandbox-identities.ts'
import { sandboxAccountId } from '@/stores/sandbox-key-wizard.ts'
import { useSandboxStore, type AwsErrorView } from '@/stores/sandbox-store.ts'
import type { StepProps } from './create-key-choice-steps.tsx'
import { consolePolicyOf, type WizardChoices } from './create-key-wizard-model.ts'
import { POLICIES } from './create-key-wizard-texts.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'
import { WizardExplained } from './wizard-explained.tsx'

/** The policy the key will get, as GetKeyPolicy will return it. */
export function policyTextOf(choices: WizardChoices): string {
  return choices.policy === 'console'
    ? consolePolicyOf(choices, sandboxAccountId())
    : defaultKeyPolicyText(sandboxAccountId())
}

/**
 * Step 5: the default key policy, or the console's with key administrators and key users chosen
 * from the account's IAM users and roles (a new one can be made here when there is none yet).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 */
export function KeyPolicyStep({ choices, onChange }: StepProps) {
  // The account's IAM users and roles, as the identities panel lists them.
  const identities = useSandboxStore((s) => s.principals)
  const [error, setError] = useState<AwsErrorView>()
  const [attempt, setAttempt] = useState(0)
  const [newName, setNewName] = useState('')

  const toggle = (list: 'administrators' | 'users', arn: string, on: boolean) =>
    onChange({
      ...choices,
      [list]: on ? [...choices[list], arn] : choices[list].filter((a) => a !== arn),
    })

  const create = async (kind: PrincipalKind) => {
    const name = newName.trim()
    const result = await createIdentity(kind, name)
    setAttempt((n) => n + 1)
    if (!result.ok) {
      setError(result.error)
      return
    }
    setError(undefined)
    // A name typed meanwhile stays.
    setNewName((typed) => (typed.trim() === name ? '' : typed))
  }
  // Enter in the name creates a user rather than moving the wizard on.
  const onNameKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    void create('user')
  }

  const people = (list: 'administrators' | 'users', legend: string) => (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">{legend}</legend>
      {identities.map((identity) => (
        <Checkbox
          key={identity.arn}
          label={`${identity.name} (${identity.kind === 'user' ? 'IAM user' : 'IAM role'})`}
          checked={choices[list].includes(identity.arn)}
          onChange={(e) => toggle(list, identity.arn, e.target.checked)}
        />
      ))}
    </fieldset>
  )

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <RadioGroup
          legend="Key policy"
          value={choices.policy}
          onChange={(policy) => onChange({ ...choices, policy })}
          options={(['default', 'console'] as const).map((value) => ({
            value,
            label: POLICIES[value].label,
          }))}
        />
        <WizardExplained explained={POLICIES[choices.policy]} />
      </div>
      {choices.policy === 'console' && (
        <div className="space-y-4">
          {identities.length === 0 && (
            <p className="text-sm">
              This account has no IAM users or roles yet: create one below to choose it.
            </p>
          )}
          {identities.length > 0 && (
            <>
              <div className="space-y-1">
                {people('administrators', 'Key administrators')}
                <WizardExplained explained={POLICIES.administrators} />
              </div>
              <div className="space-y-1">
                <Checkbox
                  label="Allow key administrators to delete this key"
                  checked={choices.administratorsMayDelete}
                  onChange={(e) =>
                    onChange({ ...choices, administratorsMayDelete: e.target.checked })
                  }
                />
                <WizardExplained explained={POLICIES.delete} />
              </div>
              {people('users', 'Key users')}
            </>
          )}
          <div className="flex flex-wrap items-end gap-2">
            <Field
              label="New IAM user or role"
              hint="A name such as alice or KeyAdmin."
              className="min-w-0 flex-1"
            >
              <TextInput
                value={newName}
                maxLength={64}
                onChange={(e) => setNewName(e.target.value)}
                onKeyDown={onNameKey}
              />
            </Field>
            <Button onClick={() => void create('user')}>Create user</Button>
            <Button onClick={() => void create('role')}>Create role</Button>
          </div>
          {error && <SandboxErrorAlert key={attempt} error={error} />}
        </div>
      )}
      <CodeBlock label="Key policy" wrap json={JSON.parse(policyTextOf(choices)) as unknown} />
    </div>
  )
}
