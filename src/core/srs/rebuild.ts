/**
 * Rebuilding card state from the review log, the recovery path and future sync merge rule
 * (union of logs, then recompute), as the ink & switch local-first notes and spaced2 do.
 * @see https://github.com/open-spaced-repetition/ts-fsrs (ts-fsrs v5: replaying a log through the scheduler)
 */
import type { CardId } from '../deck/card.ts'
import { newCardState, type CardSrsState } from './card-state.ts'
import { byReviewTime, type ReviewLogEntry } from './review-log.ts'
import { gradeCard } from './grade.ts'
import type { SrsSettings } from './settings.ts'

function scheduling(logs: readonly ReviewLogEntry[], cardId: CardId): ReviewLogEntry[] {
  return logs.filter((l) => l.cardId === cardId && l.kind !== 'cram').sort(byReviewTime)
}

/**
 * The card's state from its log alone: FSRS state after its latest answer, and the leech rule's
 * tag and suspension. Flags, burying and manual (un)suspending are card edits, not answers, so
 * they are not in the log; pass the stored record as `base` to keep them.
 * Returns `null` for a card that was never answered (it is new).
 */
export function rebuildStateFromLog(
  cardId: CardId,
  logs: readonly ReviewLogEntry[],
  base?: CardSrsState,
): CardSrsState | null {
  const own = scheduling(logs, cardId)
  const last = own.at(-1)
  if (!last) return null
  let leech = false
  let leechSuspended = false
  for (const log of own) {
    if (!log.leechEvent) continue
    leech = true
    if (log.leechEvent.action === 'suspend') leechSuspended = true
  }
  const start = base ?? newCardState(cardId, last.reviewedAt)
  return {
    ...start,
    fsrs: last.after,
    leech: base ? base.leech : leech,
    suspended: base ? base.suspended : leechSuspended,
  }
}

/**
 * Re-grades the card's answers in order with `settings` (for example after new FSRS weights or
 * a new desired retention), starting from a new card. With unchanged settings the result equals
 * the stored state, because ts-fsrs's fuzz seed depends only on the review time and the card.
 */
export function replayLog(
  cardId: CardId,
  logs: readonly ReviewLogEntry[],
  settings: SrsSettings,
): CardSrsState | null {
  const own = scheduling(logs, cardId)
  const first = own[0]
  if (!first) return null
  let state: CardSrsState = newCardState(cardId, first.previousDue)
  for (const log of own) {
    if (log.rating === 0) {
      state = { ...state, fsrs: log.after }
      continue
    }
    state = gradeCard(state, log.rating, log.reviewedAt, settings).state
  }
  return state
}
