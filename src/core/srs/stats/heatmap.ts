/**
 * Calendar heatmap: answers per learner day for the last `days` days, today last. Cram answers
 * count (they are study), manual rating-0 entries do not, as in Anki's calendar.
 * @see https://docs.ankiweb.net/stats.html
 */
import type { DayNumber } from '../card-state.ts'
import type { DayClock } from '../day.ts'
import { asLogIndex, firstRowAtOrAfter, type LogSource } from '../log-index.ts'

export interface HeatmapDay {
  readonly day: DayNumber
  /** Epoch ms at which the day starts, for labels. */
  readonly start: number
  readonly count: number
}

export interface Heatmap {
  readonly days: readonly HeatmapDay[]
  readonly total: number
  readonly max: number
  /** Days with at least one answer. */
  readonly activeDays: number
}

export function reviewHeatmap(source: LogSource, clock: DayClock, days: number): Heatmap {
  const index = asLogIndex(source)
  const first = clock.today - days + 1
  const out: HeatmapDay[] = []
  let total = 0
  let max = 0
  let activeDays = 0
  // Logs are in time order: walk day by day from the window's first row (bucket by day).
  let row = firstRowAtOrAfter(index, clock.startOf(first))
  let start = clock.startOf(first)
  for (let d = 0; d < days; d++) {
    const end = d === days - 1 ? clock.tomorrowStart : clock.startOf(first + d + 1)
    let count = 0
    for (; row < index.size && (index.reviewedAt[row] as number) < end; row++) {
      if (index.rating[row] !== 0) count++
    }
    out.push({ day: (first + d) as DayNumber, start, count })
    total += count
    if (count > max) max = count
    if (count > 0) activeDays++
    start = end
  }
  return { days: out, total, max, activeDays }
}
