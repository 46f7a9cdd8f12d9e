/**
 * Search over the deck for the card browser: an index of every card's question, tags and, once
 * loaded, answer. Apart from the deck store so the study screen, which never searches, does not
 * load or build it before its first card.
 */
import { useEffect } from 'react'
import {
  buildSearchIndex,
  searchCards,
  type CardQuery,
  type SearchIndex,
} from '@/core/deck/search-cards.ts'
import type { RichText } from '@/core/deck/rich-text.ts'
import type { CardSummary, DeckDetails } from '@/core/deck/split-deck.ts'
import { getDeckSummary, loadAllFronts, useDeckDetails, useLoadedFronts } from './deck-store.ts'

let built:
  | {
      fronts: Readonly<Record<string, RichText>>
      details: DeckDetails | undefined
      index: SearchIndex
    }
  | undefined

/** The index of what is loaded so far, built once per change. */
function indexFor(
  fronts: Readonly<Record<string, RichText>>,
  details: DeckDetails | undefined,
): SearchIndex {
  if (!built || built.fronts !== fronts || built.details !== details) {
    built = { fronts, details, index: buildSearchIndex(getDeckSummary(), fronts, details) }
  }
  return built.index
}

/**
 * The cards a search finds, once every topic's questions (which the results show, and which are
 * searched) have loaded; undefined until then. Starts loading them.
 */
export function useCardSearch(query: CardQuery): CardSummary[] | undefined {
  useEffect(() => {
    void loadAllFronts()
  }, [])
  const fronts = useLoadedFronts()
  const details = useDeckDetails()
  if (Object.keys(fronts).length < getDeckSummary().cards.length) return undefined
  return searchCards(indexFor(fronts, details), query)
}
