/**
 * Today's study at a glance, for the statistics screen and the end of a session: answers, the
 * cards they were about, time spent and the share of Again. Counts what the heatmap counts (cram
 * answers are study too; manual rating-0 entries are not), so today's cell and this agree.
 */
import type { CardId } from '../deck/card.ts'
import type { DayClock } from './day.ts'
import { asLogIndex, firstRowAtOrAfter, type LogSource } from './log-index.ts'

export interface TodaySummary {
  readonly reviews: number
  /** Different cards answered. */
  readonly cards: number
  readonly again: number
  /** again / reviews, or `null` before the first answer of the day. */
  readonly againRate: number | null
  /** Sum of the answers' recorded durations. */
  readonly timeMs: number
}

/** From the log, or an index of it (the statistics screen builds one). */
export function todaySummary(source: LogSource, clock: DayClock): TodaySummary {
  const index = asLogIndex(source)
  const end = firstRowAtOrAfter(index, clock.tomorrowStart)
  let reviews = 0
  let again = 0
  let timeMs = 0
  const cards = new Set<CardId>()
  for (let row = firstRowAtOrAfter(index, clock.todayStart); row < end; row++) {
    const rating = index.rating[row]
    if (rating === 0) continue
    reviews++
    if (rating === 1) again++
    const entry = index.entries[row]
    timeMs += entry?.durationMs ?? 0
    if (entry) cards.add(entry.cardId)
  }
  return {
    reviews,
    cards: cards.size,
    again,
    againRate: reviews === 0 ? null : again / reviews,
    timeMs,
  }
}
