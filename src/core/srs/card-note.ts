/**
 * The learner's own note on a card (a mnemonic, an example), as Anki's "edit" lets a learner add
 * to a note. It is kept beside the card's progress, never in the deck: the deck text stays as
 * shipped. A cleared note is kept as an empty text with its time, so that a merge of two devices
 * (merge-backup.ts) knows it was cleared later than the other device wrote it.
 * @see https://docs.ankiweb.net/studying.html#editing-and-more
 */
import type { CardId } from '../deck/card.ts'

/** Long enough for a paragraph of mnemonic; short enough to stay a note, not a document. */
export const NOTE_MAX_LENGTH = 2000

export interface CardNote {
  readonly cardId: CardId
  /** The learner's text; empty once cleared. */
  readonly text: string
  /** When it was last written (epoch ms): the later write wins a merge. */
  readonly updatedAt: number
}

/** The text as it is kept: line ends made `\n`, blank lines around it dropped. */
export function normalizeNoteText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim()
}

/** The note to store for `text` typed at `now`; throws nothing, cuts nothing: check the length first. */
export function writeNote(cardId: CardId, text: string, now: number): CardNote {
  return { cardId, text: normalizeNoteText(text), updatedAt: now }
}

/** Whether `a` wins over `b` for the same card: the later write, and on a tie the greater text (any fixed rule keeps a merge symmetric). */
export function isNewerNote(a: CardNote, b: CardNote): boolean {
  return a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : a.text > b.text
}
