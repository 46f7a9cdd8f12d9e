/**
 * The search that finds each row of the statistics' "Cards by state" (`countsByState`): the same
 * cards, each in exactly one row (suspended first, then buried, then the FSRS state), written in
 * Anki's syntax so the learner can read and change it. `match-search.test.ts` proves each finds
 * exactly the cards its row counts.
 */
import type { StateCounts } from '../stats/state-counts.ts'

export const STATE_COUNT_SEARCHES: Readonly<Record<Exclude<keyof StateCounts, 'total'>, string>> = {
  new: 'is:new -is:suspended -is:buried',
  learning: 'is:learn -is:review',
  review: 'is:review -is:learn -is:suspended -is:buried',
  relearning: 'is:learn is:review',
  suspended: 'is:suspended',
  buried: 'is:buried',
}
