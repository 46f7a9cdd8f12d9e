/**
 * Time travel in the sandbox (issue 11, item 6): the account's simulated clock, moved ahead by
 * the learner so automatic rotations happen and deletion windows end. The simulator reads the
 * clock as its `now()` and applies what fell due itself (core/kms/engine/apply-due-events.ts);
 * this module moves the clock, keeps it (sandbox-connection.ts gives it its storage), and tells
 * the screen what happened.
 */
import { create } from 'zustand'
import type { ClockState, KeyMetadata, SimulatedClock } from '@/core/kms/index.ts'
import {
  attempt,
  connected,
  refreshKeys,
  useSandboxStore,
  type RotationView,
  type SandboxResult,
} from './sandbox-store.ts'

export const DAY_MS = 86_400_000

/** The jumps the screen offers; a year is 365 days, as KMS counts a rotation period. */
export const CLOCK_STEPS = [
  { label: 'Advance 1 day', ms: DAY_MS },
  { label: 'Advance 30 days', ms: 30 * DAY_MS },
  { label: 'Advance 1 year', ms: 365 * DAY_MS },
] as const

/** The next thing the service will do by itself: rotate a key, or delete one. */
export interface SandboxEvent {
  readonly kind: 'rotation' | 'deletion'
  readonly keyId: string
  /** Epoch ms, in sandbox time. */
  readonly time: number
}

/** What the service did by itself while the clock moved. */
export interface ClockJump {
  readonly now: number
  readonly rotations: number
  readonly deletions: number
}

interface ClockView {
  /** Sandbox time (epoch ms) as last read; undefined until the simulator starts. */
  readonly now: number | undefined
}

export const useSandboxClockStore = create<ClockView>()(() => ({ now: undefined }))

let clock: SimulatedClock | undefined
let keep: (state: ClockState) => Promise<void> = () => Promise.resolve()

/** Gives the sandbox its clock (the app's persisted one, or a test's) and where to keep it. */
export function attachSandboxClock(
  simulated: SimulatedClock,
  save: (state: ClockState) => Promise<void>,
): void {
  clock = simulated
  keep = save
  useSandboxClockStore.setState({ now: simulated.now() })
}

/** The account's time (epoch ms), as the simulator reads it. */
export function sandboxNow(): number {
  if (clock === undefined) throw new Error('the sandbox has no clock')
  return clock.now()
}

/** Reads the clock again, for a screen showing it as time passes. */
export function tickSandboxClock(): void {
  if (clock !== undefined) useSandboxClockStore.setState({ now: clock.now() })
}

/**
 * The earliest automatic rotation (of an Enabled key with rotation on) or end of a deletion
 * window still to come. The same conditions as the simulator's (pendingEventTime).
 */
export function nextSandboxEvent(
  keys: readonly KeyMetadata[],
  rotation: Readonly<Record<string, RotationView>>,
): SandboxEvent | undefined {
  let next: SandboxEvent | undefined
  const consider = (event: SandboxEvent) => {
    if (next === undefined || event.time < next.time) next = event
  }
  for (const key of keys) {
    if (key.KeyState === 'PendingDeletion' && key.DeletionDate !== undefined) {
      consider({ kind: 'deletion', keyId: key.KeyId, time: key.DeletionDate.getTime() })
    }
    const auto = rotation[key.KeyId]
    if (key.KeyState === 'Enabled' && auto?.enabled && auto.nextRotationDate !== undefined) {
      consider({ kind: 'rotation', keyId: key.KeyId, time: auto.nextRotationDate.getTime() })
    }
  }
  return next
}

const SERVICE = 'kms.amazonaws.com'

/**
 * Moves the sandbox clock `ms` ahead, keeps it, lets the simulator apply what fell due (each
 * event dated when it was due, in the audit trail too) and reads the keys again.
 */
export function advanceSandboxClock(ms: number): Promise<SandboxResult<ClockJump>> {
  return attempt(async () => {
    const simulator = connected()
    if (clock === undefined) throw new Error('the sandbox has no clock')
    const [latest] = await simulator.auditTrail({ limit: 1 })
    const now = clock.advance(ms)
    await keep(clock.state())
    await simulator.applyDueEvents()
    const done = (await simulator.auditTrail()).filter(
      (e) => e.principal === SERVICE && e.sequence > (latest?.sequence ?? 0),
    )
    await refreshKeys()
    useSandboxClockStore.setState({ now })
    return {
      now,
      rotations: done.filter((e) => e.eventName === 'RotateKey').length,
      deletions: done.filter((e) => e.eventName === 'DeleteKey').length,
    }
  })
}

/** Moves the clock to the next automatic rotation or end of a deletion window, if there is one. */
export function advanceToNextSandboxEvent(): Promise<SandboxResult<ClockJump>> | undefined {
  const { keys, rotation } = useSandboxStore.getState()
  const next = nextSandboxEvent(keys, rotation)
  if (next === undefined || clock === undefined) return undefined
  return advanceSandboxClock(Math.max(1, next.time - clock.now()))
}
