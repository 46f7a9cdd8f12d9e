import { useEffect } from 'react'
import type { CardQuery } from '@/core/deck/search-cards.ts'
import type { CardSummary } from '@/core/deck/split-deck.ts'
import { useCardSearch } from '@/stores/card-search.ts'
import {
  getCardSummary,
  loadAllFronts,
  loadDeckDetails,
  loadDeckTags,
  loadFrontsOf,
} from '@/stores/deck-store.ts'

export type PresentedCards =
  | { readonly status: 'loading' }
  /** Nothing to present, and why (a bad search, an unknown card, the search code offline). */
  | { readonly status: 'problem'; readonly message: string }
  | { readonly status: 'found'; readonly cards: readonly CardSummary[] }

/**
 * The cards to present: one card (`cardId`), or what the card browser's search `query` finds,
 * with the same search (`useCardSearch`). Presenter mode never reads study progress, so a search
 * that asks about it (`is:due`, `flag:1`) is refused with a reason instead of reading it.
 */
export function usePresentedCards(cardId: string | undefined, query: CardQuery): PresentedCards {
  const result = useCardSearch(query, undefined)
  const one = cardId === undefined ? undefined : getCardSummary(cardId)
  useEffect(() => {
    // The questions of every card presented, then their answers, sources and tags.
    void (one === undefined ? loadAllFronts() : loadFrontsOf([one.id]))
    void loadDeckDetails()
    void loadDeckTags()
  }, [one])
  if (cardId !== undefined) {
    return one
      ? { status: 'found', cards: [one] }
      : { status: 'problem', message: `There is no card ${cardId} in this deck.` }
  }
  switch (result.status) {
    case 'found':
      return result.cards.length > 0
        ? result
        : { status: 'problem', message: 'No card matches this search.' }
    case 'loading':
      return result
    case 'invalid':
      return { status: 'problem', message: `The search is not valid: ${result.message}` }
    case 'unavailable':
      return {
        status: 'problem',
        message: `The search could not be loaded (${result.message}). You may be offline.`,
      }
    case 'needs-progress':
      return {
        status: 'problem',
        message:
          'This search asks about study progress, which presenter mode never reads. Present a search of words and tags.',
      }
  }
}
