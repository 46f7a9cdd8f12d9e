/**
 * What the study screen tells the learner after an action, as data: the screen words it (and
 * links the card it names). Choosing the notice is a rule of the study flow, so it lives here.
 */
import type { CardId } from '../deck/card.ts'
import type { CardEdit } from './card-actions.ts'
import type { CardSrsState } from './card-state.ts'
import type { ReviewLogEntry } from './review-log.ts'

/** The study actions that write a card. */
export type StudyAction = 'answer' | 'undo' | 'edit'

export type StudyNotice =
  /** The card just answered became a leech (and, with that setting, was suspended). */
  | {
      readonly kind: 'leech'
      readonly cardId: CardId
      readonly lapses: number
      readonly suspended: boolean
    }
  /** A bury, suspend, flag or other edit was saved. */
  | { readonly kind: 'edited'; readonly cardId: CardId; readonly edit: CardEdit }
  /** An answer or an edit was taken back. */
  | { readonly kind: 'undone'; readonly cardId: CardId; readonly action: 'answer' | 'edit' }
  /**
   * Another tab changed the card since this one read it: nothing was written, the data was
   * read again, and (for undo) the undo history was cleared.
   */
  | { readonly kind: 'changed-elsewhere'; readonly action: StudyAction }
  /** Storage refused the write: nothing changed. */
  | { readonly kind: 'not-saved'; readonly action: StudyAction; readonly reason: string }

/** The notice an answer calls for: a leech warning naming the card, or none. */
export function noticeAfterAnswer(
  after: CardSrsState,
  log: ReviewLogEntry,
): StudyNotice | undefined {
  if (!log.leechEvent) return undefined
  return {
    kind: 'leech',
    cardId: log.cardId,
    lapses: after.fsrs.lapses,
    suspended: log.leechEvent.action === 'suspend',
  }
}
