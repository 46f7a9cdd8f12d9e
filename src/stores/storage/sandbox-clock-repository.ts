/**
 * Where the sandbox account's clock is kept between visits: one record in the database's `meta`
 * store, beside the simulator's keys, so time travel survives a reload (issue 11, item 6).
 */
import { readClockState, type ClockState } from '@/core/kms/clock/simulated-clock.ts'
import type { KeyDeckDb } from './keydeck-db.ts'

export async function loadSandboxClock(db: KeyDeckDb): Promise<ClockState> {
  return readClockState(await db.get('meta', 'sandboxClock'))
}

export async function saveSandboxClock(db: KeyDeckDb, state: ClockState): Promise<void> {
  await db.put('meta', state, 'sandboxClock')
}
