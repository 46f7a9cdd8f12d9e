/**
 * Search over the deck for the card browser: an index of every card's question, tags and, once
 * loaded, answer, searched with Anki's syntax (`src/core/srs/search.ts`). Apart from the deck
 * store so the study screen, which never searches, does not load or build it before its first
 * card. The learner's progress (for `is:due`, `flag:1`, …) is passed in by the screen, which
 * loads it only when it is needed.
 *
 * The syntax itself (`src/core/srs/search.ts`) loads with the first search typed or linked: the
 * plain list of every card, the card browser's first screen, needs none of it
 * (e2e/page-weight.spec.ts).
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { CardId } from '@/core/deck/card.ts'
import {
  buildSearchIndex,
  searchCards,
  type CardQuery,
  type SearchIndex,
} from '@/core/deck/search-cards.ts'
import type { RichText } from '@/core/deck/rich-text.ts'
import type { CardSummary, DeckDetails, DeckTags } from '@/core/deck/split-deck.ts'
import type { CardSrsState } from '@/core/srs/first-screen.ts'
import type * as SearchModule from '@/core/srs/search.ts'
import type { ParsedSearch, SearchClock } from '@/core/srs/search.ts'
import {
  getDeckSummary,
  loadAllFronts,
  loadDeckTags,
  loadFrontsOf,
  useDeckDetails,
  useDeckTags,
  useLoadedFronts,
} from './deck-store.ts'

let built:
  | {
      fronts: Readonly<Record<string, RichText>>
      details: DeckDetails | undefined
      tags: DeckTags | undefined
      index: SearchIndex
    }
  | undefined

/** The index of what is loaded so far, built once per change. */
function indexFor(
  fronts: Readonly<Record<string, RichText>>,
  details: DeckDetails | undefined,
  tags: DeckTags | undefined,
): SearchIndex {
  if (!built || built.fronts !== fronts || built.details !== details || built.tags !== tags) {
    const index = buildSearchIndex(getDeckSummary(), fronts, details, tags)
    built = { fronts, details, tags, index }
  }
  return built.index
}

/** How many rows of the list of every card load their questions before it shows: a screenful. */
const FIRST_ROWS = 20

type SearchSyntax = typeof SearchModule

const syntax: {
  loaded: SearchSyntax | undefined
  loading: Promise<void> | undefined
  failure: string | undefined
  readonly listeners: Set<() => void>
} = { loaded: undefined, loading: undefined, failure: undefined, listeners: new Set() }

function update(change: Partial<typeof syntax>) {
  Object.assign(syntax, change)
  for (const listener of syntax.listeners) listener()
}

/** Starts (once) loading the search syntax; after a failure, the next call tries again. */
export function loadSearchSyntax(): Promise<void> {
  if (!syntax.loading) {
    if (syntax.failure) update({ failure: undefined })
    syntax.loading = import('@/core/srs/search.ts').then(
      (loaded) => update({ loaded }),
      (error: unknown) =>
        update({
          loading: undefined,
          failure: error instanceof Error ? error.message : String(error),
        }),
    )
  }
  return syntax.loading
}

function subscribeToSyntax(listener: () => void) {
  syntax.listeners.add(listener)
  return () => syntax.listeners.delete(listener)
}

/** The search syntax once loaded, or why it failed to load; `needed` starts loading it. */
function useSearchSyntax(needed: boolean) {
  const loaded = useSyncExternalStore(subscribeToSyntax, () => syntax.loaded)
  const failure = useSyncExternalStore(subscribeToSyntax, () => syntax.failure)
  useEffect(() => {
    if (needed) void loadSearchSyntax()
  }, [needed])
  return { loaded, failure }
}

/** The learner's progress as a search needs it: every card's state, and when the search runs. */
export interface SearchProgress {
  readonly states: ReadonlyMap<CardId, CardSrsState>
  readonly clock: SearchClock
}

export type CardSearchResult =
  /** The questions (which the results show, and which are searched) are still loading. */
  | { readonly status: 'loading' }
  /** The search code could not be loaded (offline before the app was cached): `loadSearchSyntax` tries again. */
  | { readonly status: 'unavailable'; readonly message: string }
  /** The search is not valid syntax: `message` says what is wrong. */
  | { readonly status: 'invalid'; readonly message: string }
  /** The search asks about progress (`is:due`, `flag:1`), which has not been passed in yet. */
  | { readonly status: 'needs-progress' }
  | { readonly status: 'found'; readonly cards: readonly CardSummary[] }

/**
 * The cards a search finds. A filtered list (a tag chip, or any search text, since the text of
 * a card includes its tags) loads every question and the tags, and waits for them. The list of
 * every card waits only for the questions of its first rows: the rest arrive after it is on
 * screen (`loadAllFronts`, called by the browser once it is), so the first list stays within the
 * page-weight budget however large the deck grows. Without `progress` a search for text and tags
 * still runs; one that asks about progress waits for it.
 */
export function useCardSearch(
  query: CardQuery,
  progress: SearchProgress | undefined,
): CardSearchResult {
  const fronts = useLoadedFronts()
  const details = useDeckDetails()
  const tags = useDeckTags()
  const searching = query.text.trim() !== ''
  const filtered = searching || query.tags.length > 0
  useEffect(() => {
    if (filtered) {
      void loadAllFronts()
      void loadDeckTags()
    } else {
      void loadFrontsOf(
        getDeckSummary()
          .cards.slice(0, FIRST_ROWS)
          .map((card) => card.id),
      )
    }
  }, [filtered])
  const { loaded: search, failure } = useSearchSyntax(searching)
  const parsed: ParsedSearch | undefined = useMemo(
    () => (!searching ? { ok: true, terms: [] } : search?.parseSearch(query.text)),
    [searching, search, query.text],
  )
  if (!parsed) return failure ? { status: 'unavailable', message: failure } : { status: 'loading' }
  if (!parsed.ok) return { status: 'invalid', message: parsed.message }
  const deck = getDeckSummary()
  if (filtered && (tags === undefined || Object.keys(fronts).length < deck.cards.length))
    return { status: 'loading' }
  const first = deck.cards[0]
  if (first && fronts[first.id] === undefined) return { status: 'loading' }
  const { terms } = parsed
  // No terms (an empty field) needs no syntax: the list is every card with the chosen tags.
  if (!search || terms.length === 0)
    return {
      status: 'found',
      cards: searchCards(indexFor(fronts, details, tags), query.tags, () => true),
    }
  const { matchesSearch, needsProgress } = search
  if (progress === undefined && needsProgress(terms)) return { status: 'needs-progress' }
  // Without progress no term asks about days: any clock does.
  const clock = progress?.clock ?? { now: 0, dayStartHour: 0, utcOffsetMinutes: 0 }
  const cards = searchCards(
    indexFor(fronts, details, tags),
    query.tags,
    (card, cardTags, containsText) =>
      matchesSearch(
        terms,
        { tags: cardTags, state: progress?.states.get(card.id), containsText },
        clock,
      ),
  )
  return { status: 'found', cards }
}
