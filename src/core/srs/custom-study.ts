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
      /**
       * Today's normal queue, limits included, restricted to the selection (study by tag).
       * `extraNew` raises today's new-card limit (Anki: "Increase today's new card limit").
       */
      readonly mode: 'today'
      readonly select: CardSelection
      readonly extraNew?: number
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

/** Anki's custom study choices on the study screen's end-of-session form. */
export type CustomStudyChoice = 'tag' | 'more-new' | 'forgotten' | 'cram' | 'overdue'

/** What some choices need besides the tag. */
export interface CustomStudyContext {
  /** 'more-new': how many more new cards today. */
  readonly extraNew?: number
  /** 'forgotten': the cards answered Again today (`forgottenToday`). */
  readonly forgotten?: ReadonlySet<CardId>
}

/** Cards answered Again (a scheduled review) since `since`, e.g. the learner day's start. */
export function forgottenSince(
  logs: Iterable<{
    readonly cardId: CardId
    readonly rating: number
    readonly kind: string
    readonly reviewedAt: number
  }>,
  since: number,
): ReadonlySet<CardId> {
  const ids = new Set<CardId>()
  for (const log of logs) {
    if (log.kind === 'review' && log.rating === 1 && log.reviewedAt >= since) ids.add(log.cardId)
  }
  return ids
}

/**
 * The session a custom study choice asks for, and its name for the screen. `tag` restricts any
 * choice to the cards carrying it; an empty tag means every card of the deck.
 */
export function customStudyOf(
  choice: CustomStudyChoice,
  tag: string,
  cards: Iterable<{ readonly id: CardId; readonly tags: readonly string[] }>,
  context: CustomStudyContext = {},
): { readonly label: string; readonly study: CustomStudy } {
  const tagged = tag ? cardsWithTag(cards, tag) : undefined
  const ofTag = tag ? ` · ${tag}` : ''
  const forgotten = context.forgotten ?? new Set<CardId>()
  const select =
    choice === 'forgotten'
      ? new Set([...forgotten].filter((id) => !tagged || tagged.has(id)))
      : tagged
  switch (choice) {
    case 'tag':
      return {
        label: tag ? `cards tagged ${tag}` : "all of today's cards",
        study: { mode: 'today', select: select ?? (() => true) },
      }
    case 'more-new': {
      const extraNew = Math.max(0, Math.floor(context.extraNew ?? 0))
      return {
        label: `today's cards and ${extraNew} more new${ofTag}`,
        study: { mode: 'today', select: select ?? (() => true), extraNew },
      }
    }
    case 'forgotten':
      // Anki reviews them in a filtered deck; here as cram, so their relearning steps stand.
      return {
        label: `cards you forgot today${ofTag} (schedule unchanged)`,
        study: { mode: 'cram', includeNew: false, select: select ?? new Set() },
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
