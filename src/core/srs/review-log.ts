/**
 * The append-only review log. Each entry carries ts-fsrs's `ReviewLog` fields (the card as it
 * was before the answer, which is what the FSRS optimizer trains on) plus the card's FSRS state
 * after the answer, so the log alone rebuilds every card and undo is exact.
 * @see https://github.com/open-spaced-repetition/ts-fsrs/blob/main/packages/fsrs/src/models.ts
 * @see https://docs.ankiweb.net/stats.html (manual entries are rated 0)
 */
import type { CardId } from '../deck/card.ts'
import type { FsrsSnapshot, FsrsStateCode } from './card-state.ts'
import type { LeechAction } from './settings.ts'

/** ts-fsrs `Rating` minus Manual: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4
/** 0 is a manual change (reset, reschedule), as in Anki's review history. */
export type Rating = 0 | Grade

export const GRADES: readonly Grade[] = Object.freeze([1, 2, 3, 4] as const)

export function isGrade(value: unknown): value is Grade {
  return value === 1 || value === 2 || value === 3 || value === 4
}

export type ReviewLogId = string & { readonly __brand: 'ReviewLogId' }

/**
 * `review` changes the schedule; `cram` is a custom-study answer that leaves it untouched
 * (Anki filtered deck with rescheduling off); `manual` is a rating-0 change.
 */
export type ReviewKind = 'review' | 'cram' | 'manual'

/** What the leech rule changed on this answer, so undo can put it back. */
export interface LeechEvent {
  readonly action: LeechAction
  readonly wasLeech: boolean
  readonly wasSuspended: boolean
}

export interface ReviewLogEntry {
  readonly id: ReviewLogId
  readonly cardId: CardId
  readonly kind: ReviewKind
  /** Epoch ms of the answer (ts-fsrs `review`). */
  readonly reviewedAt: number
  readonly rating: Rating
  /** State before the answer (ts-fsrs `ReviewLog.state`). */
  readonly state: FsrsStateCode
  /** ts-fsrs `ReviewLog.due`: the previous review time, or the due time of a new card. */
  readonly due: number
  /** Memory state before the answer. */
  readonly stability: number
  readonly difficulty: number
  /** UTC calendar days since the previous review (ts-fsrs `elapsed_days`). */
  readonly elapsed_days: number
  readonly last_elapsed_days: number
  /** Interval in days that was scheduled before this answer (Anki `lastIvl`). */
  readonly scheduled_days: number
  readonly learning_steps: number
  /** The card's real due time before the answer (ts-fsrs keeps only `last_review`). */
  readonly previousDue: number
  /** FSRS state after the answer; equals the state before for cram answers. */
  readonly after: FsrsSnapshot
  readonly leechEvent?: LeechEvent
  /** Time spent on the card, for Anki-style review-time statistics. */
  readonly durationMs?: number
}

/** Unique while a card is not answered twice in the same millisecond with the same kind. */
export function reviewLogId(cardId: CardId, reviewedAt: number, kind: ReviewKind): ReviewLogId {
  return `${reviewedAt.toString(36)}-${kind}-${cardId}` as ReviewLogId
}

/** Chronological order; ties keep their input order (Array.prototype.sort is stable). */
export function byReviewTime(a: ReviewLogEntry, b: ReviewLogEntry): number {
  return a.reviewedAt - b.reviewedAt
}
