import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { Stepper } from '@/components/ui/stepper.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { paths } from '@/routes/paths.ts'
import { createKeyWithAlias, sandboxAccountId } from '@/stores/sandbox-key-wizard.ts'
import type { AwsErrorView } from '@/stores/sandbox-store.ts'
import {
  KeyLabelsStep,
  KeySpecStep,
  KeyTagsStep,
  KeyTypeStep,
  type StepProps,
} from './create-key-choice-steps.tsx'
import { KeyPolicyStep } from './create-key-policy-step.tsx'
import { KeyReviewStep } from './create-key-review-step.tsx'
import {
  aliasToCreate,
  createKeyRequest,
  INITIAL_CHOICES,
  type WizardChoices,
} from './create-key-wizard-model.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

const STEPS = [
  { id: 'type', label: 'Key type', Step: KeyTypeStep },
  { id: 'spec', label: 'Key spec', Step: KeySpecStep },
  { id: 'labels', label: 'Description and alias', Step: KeyLabelsStep },
  { id: 'tags', label: 'Tags', Step: KeyTagsStep },
  { id: 'policy', label: 'Key policy', Step: KeyPolicyStep },
  {
    id: 'review',
    label: 'Review',
    Step: ({ choices }: StepProps) => <KeyReviewStep choices={choices} />,
  },
] as const
const LAST = STEPS.length - 1

interface Outcome {
  readonly keyId?: string
  readonly alias?: string
  readonly error?: AwsErrorView
  /** The key exists but its alias was refused. */
  readonly aliasError?: AwsErrorView
}

// The draft outlives the wizard's screen: a learner who follows a card link and comes back finds
// the wizard where it was (the sandbox chunk stays loaded; a reload starts over).
let draft: { choices: WizardChoices; step: number } = { choices: INITIAL_CHOICES, step: 0 }

/**
 * The AWS console's create-key wizard: key type and usage, key spec, description and alias,
 * tags, key policy, then a review of the exact requests; CreateKey (with Tags and Policy), then
 * CreateAlias. Each step says what its choice means and links to the card that teaches it.
 * Enter moves on (each step is a form), Back and the steps done go back.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html
 */
export function CreateKeyWizard() {
  const [choices, setChoices] = useState(draft.choices)
  const [step, setStep] = useState(draft.step)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()
  // Each attempt remounts its messages, so the same outcome twice is announced twice.
  const [attempt, setAttempt] = useState(0)
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  const headingId = useId()

  useEffect(() => {
    draft = { choices, step }
  }, [choices, step])
  // After a move (not on arrival), the focus goes to the new step's heading, read out first.
  useEffect(() => {
    if (moved.current) heading.current?.focus()
  }, [step, attempt])

  const goTo = (index: number) => {
    moved.current = true
    setStep(index)
  }

  const create = async () => {
    setBusy(true)
    try {
      const alias = aliasToCreate(choices)
      const result = await createKeyWithAlias(createKeyRequest(choices, sandboxAccountId()), alias)
      moved.current = true
      setAttempt((n) => n + 1)
      if (!result.key.ok) {
        setOutcome({ error: result.key.error })
        return
      }
      setOutcome({
        keyId: result.key.value.KeyId,
        ...(alias !== undefined && result.alias?.ok && { alias }),
        ...(result.alias?.ok === false && { aliasError: result.alias.error }),
      })
      setChoices(INITIAL_CHOICES)
      setStep(0)
    } finally {
      setBusy(false)
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (step < LAST) goTo(step + 1)
    else void create()
  }

  const { label, Step } = STEPS[step]!
  return (
    <Panel title="Create a key">
      <div className="space-y-4">
        <Stepper
          label="Steps to create a key"
          steps={STEPS.map(({ id, label }) => ({ id, label }))}
          current={step}
          onSelect={goTo}
        />
        {outcome?.keyId && (
          <Alert key={`created-${attempt}`} tone="success">
            <p>
              Created key <code className="font-mono break-all">{outcome.keyId}</code>
              {outcome.alias && (
                <>
                  {' '}
                  with the alias <code className="font-mono break-all">{outcome.alias}</code>
                </>
              )}
              . <TextLink href={paths.sandbox.key(outcome.keyId)}>Open the new key’s page</TextLink>
            </p>
          </Alert>
        )}
        {outcome?.aliasError && (
          <div className="space-y-1">
            <p>The key exists, but CreateAlias failed: add an alias on the key’s page.</p>
            <SandboxErrorAlert key={`alias-${attempt}`} error={outcome.aliasError} />
          </div>
        )}
        <form aria-labelledby={headingId} onSubmit={onSubmit} className="space-y-4">
          <h3 id={headingId} ref={heading} tabIndex={-1} className="text-base font-semibold">
            Step {step + 1} of {STEPS.length}: {label}
          </h3>
          <Step choices={choices} onChange={setChoices} />
          {outcome?.error && step === LAST && (
            <SandboxErrorAlert key={`error-${attempt}`} error={outcome.error} />
          )}
          <div className="flex flex-wrap gap-2">
            {step === LAST ? (
              <Button variant="primary" type="submit" busy={busy}>
                Create key
              </Button>
            ) : (
              <Button variant="primary" type="submit">
                Next
              </Button>
            )}
            {step > 0 && <Button onClick={() => goTo(step - 1)}>Back</Button>}
          </div>
        </form>
      </div>
    </Panel>
  )
}
