import { createKms, createSimulatedClock } from '../../kms/index.ts'
import type { ScenarioAccount } from '../scenario.ts'

/** A fresh in-memory account on a fixed clock (2026-12-06 00:00 UTC), as a scenario test needs. */
export function createScenarioAccount(start = Date.UTC(2026, 11, 6)): ScenarioAccount {
  const clock = createSimulatedClock(() => start)
  const kms = createKms({ now: clock.now })
  return {
    kms,
    now: clock.now,
    async advanceClock(ms) {
      clock.advance(ms)
      await kms.applyDueEvents()
    },
  }
}
