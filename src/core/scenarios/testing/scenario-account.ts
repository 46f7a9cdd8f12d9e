import { createKms, createSimulatedClock } from '../../kms/index.ts'
import type { ScenarioAccount } from '../scenario.ts'

/** The second Region of a test account, as the sandbox's (the multi-Region scenario's replica). */
export const TEST_OTHER_REGION = 'eu-west-1'

/**
 * A fresh in-memory account on a fixed clock (2026-12-06 00:00 UTC), as a scenario test needs:
 * us-east-1 and a joined eu-west-1, as the sandbox runs them.
 */
export function createScenarioAccount(start = Date.UTC(2026, 11, 6)): ScenarioAccount {
  const clock = createSimulatedClock(() => start)
  const kms = createKms({ now: clock.now })
  const otherRegion = createKms({ region: TEST_OTHER_REGION, sameAccountAs: kms, now: clock.now })
  return {
    kms,
    otherRegion,
    now: clock.now,
    async advanceClock(ms) {
      clock.advance(ms)
      await kms.applyDueEvents()
    },
  }
}
