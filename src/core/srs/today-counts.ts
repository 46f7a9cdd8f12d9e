/**
 * What the learner already did today, for the daily limits. Only scheduled answers count: cram
 * answers do not use up the new or review limits (as with Anki filtered decks).
 * @see https://docs.ankiweb.net/deck-options.html#daily-limits
 */
import { STATE_NEW, STATE_REVIEW } from './card-state.ts'
import type { DayClock } from './day.ts'
import { firstRowAtOrAfter, type ReviewLogIndex } from './log-index.ts'
import type { ReviewLogEntry } from './review-log.ts'

export interface TodayCounts {
  /** New cards answered for the first time today. */
  readonly newIntroduced: number
  /** Answers to cards that were in review state. */
  readonly reviewsDone: number
  /** Answers to cards in (re)learning. */
  readonly learningDone: number
}

export const NOTHING_DONE: TodayCounts = Object.freeze({
  newIntroduced: 0,
  reviewsDone: 0,
  learningDone: 0,
})

/** Counts today's answers from any logs, or from a log index by binary search. */
export function countToday(
  logs: Iterable<ReviewLogEntry> | ReviewLogIndex,
  clock: DayClock,
): TodayCounts {
  if (!(Symbol.iterator in logs)) return countTodayIndexed(logs, clock)
  let newIntroduced = 0
  let reviewsDone = 0
  let learningDone = 0
  for (const log of logs) {
    if (log.kind !== 'review') continue
    if (log.reviewedAt < clock.todayStart || log.reviewedAt >= clock.tomorrowStart) continue
    if (log.state === STATE_NEW) newIntroduced++
    else if (log.state === STATE_REVIEW) reviewsDone++
    else learningDone++
  }
  return { newIntroduced, reviewsDone, learningDone }
}

function countTodayIndexed(index: ReviewLogIndex, clock: DayClock): TodayCounts {
  const from = firstRowAtOrAfter(index, clock.todayStart)
  const to = firstRowAtOrAfter(index, clock.tomorrowStart)
  return countToday(index.entries.slice(from, to), clock)
}
