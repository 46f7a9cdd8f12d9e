/**
 * A read-only index of the review log for statistics: the entries in time order, with answer
 * times and ratings copied into typed arrays. Built in ONE pass over the log; every statistic
 * then binary-searches its time window, the heatmap walks contiguous numbers instead of 200,000
 * objects (a cache miss each), and the 30-day and today windows read only their own entries.
 * Build it when the statistics page opens; it is a snapshot.
 */
import type { CardId } from '../deck/card.ts'
import { byReviewTime, type ReviewLogEntry } from './review-log.ts'

export interface ReviewLogIndex {
  readonly size: number
  /** The entries, sorted by `reviewedAt` (stable). Column `i` describes `entries[i]`. */
  readonly entries: readonly ReviewLogEntry[]
  readonly reviewedAt: Float64Array
  /** 0 marks a manual entry. Other fields are read from `entries` inside a time window. */
  readonly rating: Uint8Array
}

export type LogSource = readonly ReviewLogEntry[] | ReviewLogIndex

export function isLogIndex(source: LogSource): source is ReviewLogIndex {
  return !Array.isArray(source)
}

export function asLogIndex(source: LogSource): ReviewLogIndex {
  return isLogIndex(source) ? source : indexReviewLog(source)
}

export function indexReviewLog(logs: readonly ReviewLogEntry[]): ReviewLogIndex {
  return tryIndex(logs) ?? (tryIndex([...logs].sort(byReviewTime)) as ReviewLogIndex)
}

/** Builds the index in one pass, or returns `null` as soon as the input is out of order. */
function tryIndex(entries: readonly ReviewLogEntry[]): ReviewLogIndex | null {
  // Only the two fields every window search needs: each field read from a record read back
  // from IndexedDB can be a cache miss (numbers and strings are separate heap objects).
  const n = entries.length
  const reviewedAt = new Float64Array(n)
  const rating = new Uint8Array(n)
  let previous = -Infinity
  for (let i = 0; i < n; i++) {
    const e = entries[i] as ReviewLogEntry
    const at = e.reviewedAt
    if (at < previous) return null
    previous = at
    reviewedAt[i] = at
    rating[i] = e.rating
  }
  return { size: n, entries, reviewedAt, rating }
}

/** First row reviewed at or after `time` (binary search; `size` if none). */
export function firstRowAtOrAfter(index: ReviewLogIndex, time: number): number {
  let lo = 0
  let hi = index.size
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((index.reviewedAt[mid] as number) < time) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The card's log entries in time order (card info, `cardHistory`): one scan of the entries. */
export function logsOfCard(index: ReviewLogIndex, cardId: CardId): readonly ReviewLogEntry[] {
  return index.entries.filter((e) => e.cardId === cardId)
}
