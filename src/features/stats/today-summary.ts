/**
 * Today's activity for the top of the statistics screen, which `src/core/srs/stats` does not
 * compute: answers, time spent and the share of Again. Counts what the heatmap counts (cram
 * answers are study too; manual rating-0 entries are not), so today's cell and this agree.
 */
import { firstRowAtOrAfter, type DayClock, type ReviewLogIndex } from '@/core/srs/first-screen.ts'

export interface TodaySummary {
  readonly reviews: number
  readonly again: number
  /** again / reviews, or `null` before the first answer of the day. */
  readonly againRate: number | null
  /** Sum of the answers' recorded durations. */
  readonly timeMs: number
}

export function todaySummary(index: ReviewLogIndex, clock: DayClock): TodaySummary {
  const end = firstRowAtOrAfter(index, clock.tomorrowStart)
  let reviews = 0
  let again = 0
  let timeMs = 0
  for (let row = firstRowAtOrAfter(index, clock.todayStart); row < end; row++) {
    const rating = index.rating[row]
    if (rating === 0) continue
    reviews++
    if (rating === 1) again++
    timeMs += index.entries[row]?.durationMs ?? 0
  }
  return { reviews, again, againRate: reviews === 0 ? null : again / reviews, timeMs }
}
