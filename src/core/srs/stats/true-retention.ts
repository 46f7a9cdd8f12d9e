/**
 * True retention over the last `days` days, as Anki's table computes it: answers to cards in
 * review state only, the first answer per card per learner day, Again = fail and Hard/Good/Easy
 * = pass; young = interval before the answer under 21 days, mature = 21 days or more.
 * Cram answers are excluded: they were not scheduled. With FSRS it should sit near the
 * desired retention.
 * @see https://docs.ankiweb.net/stats.html (True Retention)
 */
import type { CardId } from '../../deck/card.ts'
import { STATE_REVIEW } from '../card-state.ts'
import type { DayClock } from '../day.ts'
import { asLogIndex, firstRowAtOrAfter, type LogSource } from '../log-index.ts'
import type { ReviewLogEntry } from '../review-log.ts'

export const MATURE_INTERVAL_DAYS = 21

export interface RetentionCell {
  readonly passed: number
  readonly failed: number
  /** passed / (passed + failed), or `null` with no answers. */
  readonly rate: number | null
}

export interface TrueRetention {
  readonly young: RetentionCell
  readonly mature: RetentionCell
  readonly all: RetentionCell
}

function cell(passed: number, failed: number): RetentionCell {
  const n = passed + failed
  return { passed, failed, rate: n === 0 ? null : passed / n }
}

export function trueRetention(source: LogSource, clock: DayClock, days: number): TrueRetention {
  const index = asLogIndex(source)
  const first = clock.today - days + 1
  // Day (within the window) of each card's last counted answer: only the first one a day counts.
  const countedOn = new Map<CardId, number>()
  let youngPass = 0
  let youngFail = 0
  let maturePass = 0
  let matureFail = 0
  let row = firstRowAtOrAfter(index, clock.startOf(first))
  for (let d = 0; d < days; d++) {
    const end = d === days - 1 ? clock.tomorrowStart : clock.startOf(first + d + 1)
    for (; row < index.size && (index.reviewedAt[row] as number) < end; row++) {
      const log = index.entries[row] as ReviewLogEntry
      const { rating } = log
      if (log.kind !== 'review' || log.state !== STATE_REVIEW || rating === 0) continue
      if (countedOn.get(log.cardId) === d) continue
      countedOn.set(log.cardId, d)
      const failed = rating === 1
      if (log.scheduled_days >= MATURE_INTERVAL_DAYS) {
        if (failed) matureFail++
        else maturePass++
      } else if (failed) youngFail++
      else youngPass++
    }
  }
  return {
    young: cell(youngPass, youngFail),
    mature: cell(maturePass, matureFail),
    all: cell(youngPass + maturePass, youngFail + matureFail),
  }
}
