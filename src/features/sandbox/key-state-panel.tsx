import { useState } from 'react'
import { formatInstant } from '@/components/format-date-time.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { useConfirm } from '@/components/ui/confirm-dialog.tsx'
import { TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { cancelKeyDeletion, scheduleKeyDeletion } from '@/stores/sandbox-key-actions.ts'
import { setKeyEnabled, type SandboxResult } from '@/stores/sandbox-store.ts'
import { KeyStateDiagram } from './key-state-diagram.tsx'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

type Outcome = { result: SandboxResult<unknown>; done: string }

/** AWS's default waiting period, and the range ScheduleKeyDeletion accepts. */
const DEFAULT_WINDOW_DAYS = 30

/**
 * The key's state and the calls that change it: DisableKey and EnableKey, ScheduleKeyDeletion
 * with a waiting period of 7 to 30 days (asked twice, as deletion cannot be undone once done),
 * and CancelKeyDeletion; with the state diagram and what each state allows.
 */
export function KeyStatePanel({ metadata: key }: { metadata: KeyMetadata }) {
  const [days, setDays] = useState(String(DEFAULT_WINDOW_DAYS))
  const [outcome, setOutcome] = useState<Outcome>()
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const [confirm, confirmDialog] = useConfirm()

  const run = async (request: () => Promise<SandboxResult<unknown>>, done: string) => {
    setBusy(true)
    const result = await request().finally(() => setBusy(false))
    setAttempt((n) => n + 1)
    setOutcome({ result, done })
  }

  const onSchedule = async () => {
    // Whatever was typed goes to KMS, which answers a bad period with its own error.
    const window = days.trim() === '' ? Number.NaN : Number(days)
    const confirmed = await confirm({
      title: `Schedule deletion in ${days} days?`,
      message: (
        <>
          When the waiting period ends, KMS deletes the key, all its key material and its aliases,
          and nothing it encrypted can be decrypted again. Until then the key cannot be used, and
          you can cancel the deletion.
        </>
      ),
      confirmLabel: 'Schedule deletion',
      tone: 'danger',
    })
    if (!confirmed) return
    await run(
      () => scheduleKeyDeletion(key.KeyId, window),
      `Deletion scheduled: the key is PendingDeletion for ${days} days.`,
    )
  }

  const customer = key.KeyManager === 'CUSTOMER'
  const pending = key.KeyState === 'PendingDeletion'
  return (
    <Panel title="Key state">
      <KeyStateDiagram current={key.KeyState} />
      {!customer ? (
        <p className={`text-sm ${MUTED_TEXT}`}>
          AWS manages this key: no one can disable it or schedule its deletion.
        </p>
      ) : pending ? (
        <div className="space-y-2">
          {key.DeletionDate && (
            <p className="text-sm">
              KMS deletes this key on {formatInstant(key.DeletionDate, 'dateTime')}.
            </p>
          )}
          <Button
            variant="primary"
            busy={busy}
            onClick={() =>
              void run(
                () => cancelKeyDeletion(key.KeyId),
                'Deletion cancelled: the key is Disabled, as AWS leaves it. Enable it to use it again.',
              )
            }
          >
            Cancel key deletion
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap items-end gap-3">
          {key.KeyState === 'Enabled' ? (
            <Button
              busy={busy}
              onClick={() => void run(() => setKeyEnabled(key.KeyId, false), 'Key disabled.')}
            >
              Disable key
            </Button>
          ) : (
            <Button
              variant="primary"
              busy={busy}
              onClick={() => void run(() => setKeyEnabled(key.KeyId, true), 'Key enabled.')}
            >
              Enable key
            </Button>
          )}
          <Field
            label="Waiting period (days)"
            hint="7 to 30 days; AWS’s default is 30."
            layout="inline"
          >
            <TextInput
              compact
              inputMode="numeric"
              value={days}
              onChange={(e) => setDays(e.target.value)}
            />
          </Field>
          <Button variant="danger" busy={busy} onClick={() => void onSchedule()}>
            Schedule key deletion…
          </Button>
        </div>
      )}
      {outcome &&
        (outcome.result.ok ? (
          <Alert key={attempt} tone="success">
            <p>{outcome.done}</p>
          </Alert>
        ) : (
          <SandboxErrorAlert key={attempt} error={outcome.result.error} />
        ))}
      {confirmDialog}
    </Panel>
  )
}
