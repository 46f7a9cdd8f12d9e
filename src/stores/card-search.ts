/**
 * Search over the deck for the card browser: an index of every card's question, tags and, once
 * loaded, answer, searched with Anki's syntax (`src/core/srs/search.ts`). Apart from the deck
 * store so the study screen, which never searches, does not load or build it before its first
 * card. The learner's progress (for `is:due`, `flag:1`, …) is passed in by the screen, which
 * loads it only when it is needed.
 */
import { useEffect, useMemo } from 'react'
import type { CardId } from '@/core/deck/card.ts'
import {
  buildSearchIndex,
  searchCards,
  type CardQuery,
  type SearchIndex,
} from '@/core/deck/search-cards.ts'
import type { RichText } from '@/core/deck/rich-text.ts'
import type { CardSummary, DeckDetails } from '@/core/deck/split-deck.ts'
import type { CardSrsState } from '@/core/srs/first-screen.ts'
import { matchesSearch, needsProgress, parseSearch, type SearchClock } from '@/core/srs/search.ts'
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

/** The learner's progress as a search needs it: every card's state, and when the search runs. */
export interface SearchProgress {
  readonly states: ReadonlyMap<CardId, CardSrsState>
  readonly clock: SearchClock
}

export type CardSearchResult =
  /** The questions (which the results show, and which are searched) are still loading. */
  | { readonly status: 'loading' }
  /** The search is not valid syntax: `message` says what is wrong. */
  | { readonly status: 'invalid'; readonly message: string }
  /** The search asks about progress (`is:due`, `flag:1`), which has not been passed in yet. */
  | { readonly status: 'needs-progress' }
  | { readonly status: 'found'; readonly cards: readonly CardSummary[] }

/**
 * The cards a search finds. Starts loading every question. Without `progress` a search for
 * text and tags still runs; one that asks about progress waits for it.
 */
export function useCardSearch(
  query: CardQuery,
  progress: SearchProgress | undefined,
): CardSearchResult {
  useEffect(() => {
    void loadAllFronts()
  }, [])
  const fronts = useLoadedFronts()
  const details = useDeckDetails()
  const parsed = useMemo(() => parseSearch(query.text), [query.text])
  if (!parsed.ok) return { status: 'invalid', message: parsed.message }
  if (Object.keys(fronts).length < getDeckSummary().cards.length) return { status: 'loading' }
  const { terms } = parsed
  if (progress === undefined && needsProgress(terms)) return { status: 'needs-progress' }
  // Without progress no term asks about days: any clock does.
  const clock = progress?.clock ?? { now: 0, dayStartHour: 0, utcOffsetMinutes: 0 }
  const cards = searchCards(indexFor(fronts, details), query.tags, (card, containsText) =>
    matchesSearch(
      terms,
      { tags: card.tags, state: progress?.states.get(card.id), containsText },
      clock,
    ),
  )
  return { status: 'found', cards }
}
