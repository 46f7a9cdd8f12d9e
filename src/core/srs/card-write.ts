/**
 * What an action writes for one card, as data: the state this tab saw (storage refuses the
 * write when the stored card is no longer that, because another tab changed it), the state to
 * write, and a review log entry to append or remove, all in one transaction. Answering, undo and
 * every edit produce one, so they all pass the same check.
 */
import type { CardId } from '../deck/card.ts'
import { applyCardEdit, type CardEdit, type CardEditKind } from './card-actions.ts'
import { hasNoMarks, newCardState, sameCardState, type CardSrsState } from './card-state.ts'
import type { CramSession } from './cram-session.ts'
import type { ReviewLogEntry, ReviewLogId } from './review-log.ts'
import { SrsError } from './srs-error.ts'
import { undoReview } from './undo.ts'

export interface CardWrite {
  readonly cardId: CardId
  /** The stored state this tab saw; undefined: the card had no record. */
  readonly seen: CardSrsState | undefined
  /** The state to store; undefined: the card has no record (a new card, unmarked). */
  readonly next: CardSrsState | undefined
  readonly appendLog?: ReviewLogEntry
  readonly removeLogId?: ReviewLogId
}

/** One step of the study screen's undo history: every action, in order, as in Anki. */
export type UndoStep =
  | {
      readonly kind: 'answer'
      readonly log: ReviewLogEntry
      /** The stored state before the answer (undefined: none). */
      readonly before: CardSrsState | undefined
      /** A cram session as it was before the answer, to put the card back in it. */
      readonly cram?: CramSession
    }
  | {
      readonly kind: 'edit'
      readonly edit: CardEditKind
      readonly before: CardSrsState | undefined
      readonly after: CardSrsState
    }

/** The cardId an undo step is about. */
export function undoStepCard(step: UndoStep): CardId {
  return step.kind === 'answer' ? step.log.cardId : step.after.cardId
}

/**
 * An answer's write: the graded state and its log entry. A cram answer leaves the state as it
 * was (only its log entry is written).
 */
export function answerWrite(
  seen: CardSrsState | undefined,
  result: { readonly state: CardSrsState; readonly log: ReviewLogEntry },
  isCram: boolean,
): CardWrite {
  return {
    cardId: result.log.cardId,
    seen,
    next: isCram ? seen : result.state,
    appendLog: result.log,
  }
}

/** An edit's write (bury, suspend, flag, …) of the card as this tab saw it. */
export function editWrite(
  cardId: CardId,
  seen: CardSrsState | undefined,
  edit: CardEdit,
  now: number,
): CardWrite {
  return { cardId, seen, next: applyCardEdit(seen ?? newCardState(cardId, now), edit) }
}

/**
 * The write that takes `step` back, given the card as this tab now sees it. Throws SrsError
 * UNDO_NOT_LATEST when the card changed since the step (another tab answered or edited it):
 * undoing would lose that change.
 */
export function undoWrite(step: UndoStep, current: CardSrsState | undefined): CardWrite {
  if (step.kind === 'edit') {
    if (!sameCardState(current, step.after)) {
      throw new SrsError(
        'UNDO_NOT_LATEST',
        `card ${step.after.cardId} changed since it was ${step.edit === 'flag' ? 'flagged' : 'edited'}`,
        { cardId: step.after.cardId },
      )
    }
    return { cardId: step.after.cardId, seen: current, next: step.before }
  }
  // The core takes the answer back and keeps marks set since (a flag, an unsuspend); a card that
  // had no record before its answer gets none again unless it was marked since.
  const undone = current === undefined ? step.before : undoReview(current, step.log)
  const next =
    step.before === undefined && undone !== undefined && hasNoMarks(undone) ? undefined : undone
  return { cardId: step.log.cardId, seen: current, next, removeLogId: step.log.id }
}

/**
 * The learner's data after `write` is stored: the same write, applied in memory. The log stays
 * in time order: an appended entry is the newest answer.
 */
export function applyWrite(
  data: {
    readonly states: ReadonlyMap<CardId, CardSrsState>
    readonly logs: readonly ReviewLogEntry[]
  },
  write: CardWrite,
): { states: ReadonlyMap<CardId, CardSrsState>; logs: readonly ReviewLogEntry[] } {
  const states = new Map(data.states)
  if (write.next) states.set(write.cardId, write.next)
  else states.delete(write.cardId)
  let logs = data.logs
  if (write.removeLogId !== undefined) logs = logs.filter((l) => l.id !== write.removeLogId)
  if (write.appendLog) logs = [...logs, write.appendLog]
  return { states, logs }
}
