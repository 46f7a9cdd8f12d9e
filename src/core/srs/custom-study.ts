/**
 * Custom study, after Anki's custom-study session and filtered decks: pick cards by tag (or any
 * predicate), then study today's cards, only the overdue ones, or cram. Cram is review ahead
 * with rescheduling off: its answers go through `gradeCram` and leave the schedule untouched.
 * @see https://docs.ankiweb.net/filtered-decks.html#custom-study
 */
import type { CardId } from '../deck/card.ts'

export type CardSelection = ReadonlySet<CardId> | ((cardId: CardId) => boolean)

export type CustomStudy =
  | {
      /** Today's normal queue, limits included, restricted to the selection (study by tag). */
      readonly mode: 'today'
      readonly select: CardSelection
    }
  | {
      /**
       * Review cards that were due before today, most overdue first, within today's review
       * limit and `limit`; no new or learning cards.
       */
      readonly mode: 'overdue'
      readonly select?: CardSelection
      readonly limit?: number
    }
  | {
      /**
       * Every selected card, due or not (new cards last, in deck order), no daily limits.
       * `aheadDays` keeps only cards due within that many days after today.
       */
      readonly mode: 'cram'
      readonly select?: CardSelection
      readonly aheadDays?: number
      readonly includeNew?: boolean
      readonly limit?: number
    }

export function selectionTest(select: CardSelection | undefined): (cardId: CardId) => boolean {
  if (select === undefined) return () => true
  if (typeof select === 'function') return select
  return (cardId) => select.has(cardId)
}

/** Ids carrying `tag`, from a deck's cards; build once and reuse as a selection. */
export function cardsWithTag(
  cards: Iterable<{ readonly id: CardId; readonly tags: readonly string[] }>,
  tag: string,
): ReadonlySet<CardId> {
  const ids = new Set<CardId>()
  for (const card of cards) if (card.tags.includes(tag)) ids.add(card.id)
  return ids
}

/** The three custom study choices of the study screen's form. */
export type CustomStudyChoice = 'tag' | 'cram' | 'overdue'

/**
 * The session a custom study choice asks for, and its name for the screen. `tag` restricts any
 * choice to the cards carrying it; an empty tag means every card of the deck.
 */
export function customStudyOf(
  choice: CustomStudyChoice,
  tag: string,
  cards: Iterable<{ readonly id: CardId; readonly tags: readonly string[] }>,
): { readonly label: string; readonly study: CustomStudy } {
  const select = tag ? cardsWithTag(cards, tag) : undefined
  const ofTag = tag ? ` · ${tag}` : ''
  switch (choice) {
    case 'tag':
      return {
        label: tag ? `cards tagged ${tag}` : "all of today's cards",
        study: { mode: 'today', select: select ?? (() => true) },
      }
    case 'cram':
      return {
        label: `cram${ofTag} (schedule unchanged)`,
        study: { mode: 'cram', includeNew: true, ...(select ? { select } : {}) },
      }
    case 'overdue':
      return {
        label: `overdue reviews${ofTag}`,
        study: { mode: 'overdue', ...(select ? { select } : {}) },
      }
  }
}
