import { useEffect, useState } from 'react'
import { formatInstant } from '@/components/format-date-time.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import {
  advanceSandboxClock,
  advanceToNextSandboxEvent,
  CLOCK_STEPS,
  nextSandboxEvent,
  tickSandboxClock,
  useSandboxClockStore,
  type ClockJump,
  type SandboxEvent,
} from '@/stores/sandbox-clock.ts'
import { useSandboxStore, type SandboxResult } from '@/stores/sandbox-store.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

/** The clock is shown to the minute: reading it again twice a minute keeps it right. */
const TICK_MS = 30_000

const count = (n: number, one: string, many: string) =>
  n === 0 ? `no ${many}` : n === 1 ? `1 ${one}` : `${n} ${many}`

function jumpSummary({ now, rotations, deletions }: ClockJump): string {
  return `Sandbox time is now ${formatInstant(new Date(now), 'dateTime')}: ${count(
    rotations,
    'automatic rotation',
    'automatic rotations',
  )}, ${count(deletions, 'key deleted', 'keys deleted')}.`
}

/** Which key an event is about, by its first alias, else its description, else its id. */
function useEventText(event: SandboxEvent | undefined): string | undefined {
  const name = useSandboxStore((s) => {
    if (event === undefined) return undefined
    const alias = s.aliases
      .filter((a) => a.TargetKeyId === event.keyId)
      .map((a) => a.AliasName as string)
      .sort()[0]
    return alias ?? (s.keys.find((k) => k.KeyId === event.keyId)?.Description || event.keyId)
  })
  if (event === undefined || name === undefined) return undefined
  const what = event.kind === 'rotation' ? 'automatic rotation of' : 'deletion of'
  return `Next event: ${what} ${name} on ${formatInstant(new Date(event.time), 'dateTime')}.`
}

/**
 * Time travel: the sandbox account's clock, and buttons that move it ahead so that automatic
 * rotations happen and deletion windows end, as they would on AWS after that long. The clock
 * never goes back; it is kept with the account across reloads.
 */
export function SandboxClockPanel() {
  const now = useSandboxClockStore((s) => s.now)
  const keys = useSandboxStore((s) => s.keys)
  const rotation = useSandboxStore((s) => s.rotation)
  const next = nextSandboxEvent(keys, rotation)
  const nextText = useEventText(next)
  const [outcome, setOutcome] = useState<SandboxResult<ClockJump>>()
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    tickSandboxClock()
    const timer = setInterval(tickSandboxClock, TICK_MS)
    return () => clearInterval(timer)
  }, [])

  const run = async (jump: () => Promise<SandboxResult<ClockJump>> | undefined) => {
    const request = jump()
    if (request === undefined) return
    setBusy(true)
    const result = await request.finally(() => setBusy(false))
    setAttempt((n) => n + 1)
    setOutcome(result)
  }

  return (
    <Panel title="Time travel">
      <p>
        Sandbox time:{' '}
        <strong>
          {now === undefined ? (
            '…'
          ) : (
            <time dateTime={new Date(now).toISOString()}>
              {formatInstant(new Date(now), 'dateTime')}
            </time>
          )}
        </strong>
      </p>
      <p className={`text-sm ${MUTED_TEXT}`}>
        Move this account’s clock ahead to see what KMS does by itself over time: automatic
        rotations happen and deletion windows end, dated when they fell due. The clock never goes
        back.
      </p>
      <div className="flex flex-wrap gap-2">
        {CLOCK_STEPS.map((step) => (
          <Button
            key={step.label}
            busy={busy}
            onClick={() => void run(() => advanceSandboxClock(step.ms))}
          >
            {step.label}
          </Button>
        ))}
        <Button
          busy={busy}
          disabled={next === undefined}
          onClick={() => void run(advanceToNextSandboxEvent)}
        >
          Advance to the next event
        </Button>
      </div>
      <p className="text-sm">
        {nextText ??
          'No event is scheduled: turn on automatic rotation or schedule a key’s deletion.'}
      </p>
      {outcome &&
        (outcome.ok ? (
          <Alert key={attempt} tone="success">
            <p>{jumpSummary(outcome.value)}</p>
          </Alert>
        ) : (
          <SandboxErrorAlert key={attempt} error={outcome.error} />
        ))}
    </Panel>
  )
}
