/**
 * "Forget" / reset a card to new, as ts-fsrs `forget(card, now, reset_count = false)` and Anki's
 * Reset do: the schedule restarts, review and lapse counts stay, and the review log gets a
 * manual (rating 0) entry so history, rebuild and undo stay complete.
 * @see https://github.com/open-spaced-repetition/ts-fsrs/blob/main/packages/fsrs/src/fsrs.ts (forget)
 * @see https://docs.ankiweb.net/browsing.html#cards (Reset)
 */
import { newFsrsSnapshot, type CardSrsState, type FsrsSnapshot } from './card-state.ts'
import { reviewLogId, type ReviewLogEntry } from './review-log.ts'

export function resetCard(
  state: CardSrsState,
  now: number,
): { readonly state: CardSrsState; readonly log: ReviewLogEntry } {
  const before = state.fsrs
  // A new card's schedule; only the counts (and when it was last reviewed) carry over.
  const after: FsrsSnapshot = {
    ...newFsrsSnapshot(now),
    reps: before.reps,
    lapses: before.lapses,
    last_review: before.last_review,
  }
  // Logged with the same "state before" fields as an answer (ts-fsrs ReviewLog semantics).
  const log: ReviewLogEntry = {
    id: reviewLogId(state.cardId, now, 'manual'),
    cardId: state.cardId,
    kind: 'manual',
    reviewedAt: now,
    rating: 0,
    state: before.state,
    due: before.last_review ?? before.due,
    stability: before.stability,
    difficulty: before.difficulty,
    elapsed_days: 0,
    last_elapsed_days: before.elapsed_days,
    scheduled_days: before.scheduled_days,
    learning_steps: before.learning_steps,
    previousDue: before.due,
    after,
  }
  return { state: { ...state, fsrs: after }, log }
}
