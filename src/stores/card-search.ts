/**
 * Search over the deck for the card browser: an index of every card's question, tags and, once
 * loaded, answer. Apart from the deck store so the study screen, which never searches, does not
 * load or build it before its first card.
 */
import {
  buildSearchIndex,
  searchCards,
  type CardQuery,
  type SearchIndex,
} from '@/core/deck/search-cards.ts'
import type { CardSummary, DeckDetails } from '@/core/deck/split-deck.ts'
import { getDeckSummary, useDeckDetails } from './deck-store.ts'

let built: { details: DeckDetails | undefined; index: SearchIndex } | undefined

/** The index for the details loaded so far, built once per load. */
function indexFor(details: DeckDetails | undefined): SearchIndex {
  if (!built || built.details !== details) {
    built = { details, index: buildSearchIndex(getDeckSummary(), details) }
  }
  return built.index
}

export function useCardSearch(query: CardQuery): CardSummary[] {
  return searchCards(indexFor(useDeckDetails()), query)
}
