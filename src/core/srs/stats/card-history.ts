/**
 * Card info's review history: one row per answer with the interval and memory state it produced
 * and the retrievability FSRS estimated when the card was shown. Retrievability uses the same
 * whole-day elapsed time ts-fsrs scheduled with (`elapsed_days`, UTC days).
 * @see https://docs.ankiweb.net/stats.html#card-info
 * @see https://github.com/open-spaced-repetition/ts-fsrs (forgetting_curve, FSRS-6 w[20] decay)
 */
import { default_w, forgetting_curve, FSRS5_DEFAULT_DECAY } from 'ts-fsrs'
import type { FsrsStateCode } from '../card-state.ts'
import { STATE_NEW } from '../card-state.ts'
import { byReviewTime, type Rating, type ReviewKind, type ReviewLogEntry } from '../review-log.ts'
import type { SrsSettings } from '../settings.ts'

export interface HistoryRow {
  readonly reviewedAt: number
  readonly kind: ReviewKind
  readonly rating: Rating
  /** State the card was in when answered. */
  readonly state: FsrsStateCode
  readonly elapsedDays: number
  /** Interval given by the answer, in days (0 while in learning). */
  readonly intervalDays: number
  readonly due: number
  readonly stability: number
  readonly difficulty: number
  /** Probability of recall when shown; `null` for a new card. */
  readonly retrievability: number | null
  readonly durationMs?: number
}

/** FSRS-6 decay is w[20]; 17/19-weight sets (FSRS-4.5/5) used a fixed 0.5. */
function decayOf(settings: SrsSettings): number {
  const w = settings.parameters ?? default_w
  return w[20] ?? FSRS5_DEFAULT_DECAY
}

export function cardHistory(
  logs: readonly ReviewLogEntry[],
  settings: SrsSettings,
): readonly HistoryRow[] {
  const decay = decayOf(settings)
  return [...logs].sort(byReviewTime).map((log) => ({
    reviewedAt: log.reviewedAt,
    kind: log.kind,
    rating: log.rating,
    state: log.state,
    elapsedDays: log.elapsed_days,
    intervalDays: log.after.scheduled_days,
    due: log.after.due,
    stability: log.after.stability,
    difficulty: log.after.difficulty,
    retrievability:
      log.state === STATE_NEW || log.stability <= 0
        ? null
        : forgetting_curve(decay, log.elapsed_days, log.stability),
    ...(log.durationMs === undefined ? {} : { durationMs: log.durationMs }),
  }))
}
