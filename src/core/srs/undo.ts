/**
 * Undo of the latest answer, rebuilt from the log entry alone. ts-fsrs `rollback` is close but
 * sets `due` to the review time; the entry's `previousDue` makes the restore exact.
 * @see https://github.com/open-spaced-repetition/ts-fsrs/blob/main/packages/fsrs/src/fsrs.ts (rollback)
 */
import { STATE_REVIEW, type CardSrsState, type FsrsSnapshot } from './card-state.ts'
import type { ReviewLogEntry } from './review-log.ts'
import { SrsError } from './srs-error.ts'

export function sameSnapshot(a: FsrsSnapshot, b: FsrsSnapshot): boolean {
  return (
    a.due === b.due &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.elapsed_days === b.elapsed_days &&
    a.scheduled_days === b.scheduled_days &&
    a.learning_steps === b.learning_steps &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.state === b.state &&
    a.last_review === b.last_review
  )
}

/** The FSRS state a log entry started from. */
export function snapshotBefore(log: ReviewLogEntry): FsrsSnapshot {
  if (log.kind === 'cram') return log.after
  // A reset keeps the counts and the last review time (ts-fsrs forget, reset_count = false).
  const manual = log.kind === 'manual'
  const lapsed = log.rating === 1 && log.state === STATE_REVIEW
  return {
    due: log.previousDue,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.last_elapsed_days,
    scheduled_days: log.scheduled_days,
    learning_steps: log.learning_steps,
    reps: manual ? log.after.reps : Math.max(0, log.after.reps - 1),
    lapses: manual ? log.after.lapses : Math.max(0, log.after.lapses - (lapsed ? 1 : 0)),
    state: log.state,
    // ts-fsrs logs `due = last_review ?? due`: equal to the old due only when there was no
    // previous review (a review never falls due at the instant it happened).
    last_review: manual ? log.after.last_review : log.due === log.previousDue ? null : log.due,
  }
}

/**
 * The card exactly as it was before `log`. Only the card's latest answer can be undone: undo
 * answers newest first, removing each log entry in the same transaction as the state write.
 */
export function undoReview(current: CardSrsState, log: ReviewLogEntry): CardSrsState {
  if (log.cardId !== current.cardId) {
    throw new SrsError(
      'UNDO_WRONG_CARD',
      `log ${log.id} belongs to card ${log.cardId}, not ${current.cardId}`,
      { logId: log.id, logCardId: log.cardId, cardId: current.cardId },
    )
  }
  if (log.kind === 'cram') return current
  if (!sameSnapshot(current.fsrs, log.after)) {
    throw new SrsError(
      'UNDO_NOT_LATEST',
      `log ${log.id} is not the latest answer of card ${current.cardId}`,
      { logId: log.id, cardId: current.cardId },
    )
  }
  const event = log.leechEvent
  return {
    ...current,
    fsrs: snapshotBefore(log),
    ...(event ? { leech: event.wasLeech, suspended: event.wasSuspended } : {}),
  }
}
