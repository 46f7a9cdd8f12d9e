/**
 * The compiled deck. Card summaries ship with the app; the details (backs, sources, updated
 * notes) are a separate chunk that starts loading as soon as the first screen has rendered, so
 * the first card shows within the page-weight budget. Components read details through
 * `useCardDetails`, which is undefined for the moment before they arrive.
 */
import { create } from 'zustand'
import summary from 'virtual:deck'
import type { Topic } from '@/core/deck/index.ts'
import { tagCounts } from '@/core/deck/search-cards.ts'
import type { CardDetails, CardSummary, DeckDetails, DeckSummary } from '@/core/deck/split-deck.ts'

interface DeckState {
  readonly details: DeckDetails | undefined
  readonly loadError: string | undefined
}

const cardsById = new Map<string, CardSummary>(summary.cards.map((card) => [card.id, card]))
const topicsBySlug = new Map<string, Topic>(summary.topics.map((topic) => [topic.slug, topic]))
const allTags = tagCounts(summary)

export const useDeckStore = create<DeckState>()(() => ({
  details: undefined,
  loadError: undefined,
}))

let loading: Promise<void> | undefined

/** Starts (once) loading the card details; safe to call from any screen. */
export function loadDeckDetails(): Promise<void> {
  loading ??= import('virtual:deck-details').then(
    ({ default: details }) => useDeckStore.setState({ details }),
    (error: unknown) => {
      loading = undefined
      useDeckStore.setState({ loadError: error instanceof Error ? error.message : String(error) })
    },
  )
  return loading
}

export function getDeckSummary(): DeckSummary {
  return summary
}

export function getCardSummary(id: string): CardSummary | undefined {
  return cardsById.get(id)
}

export function getTopic(slug: string): Topic | undefined {
  return topicsBySlug.get(slug)
}

export function getTagCounts(): readonly { tag: string; count: number }[] {
  return allTags
}

export function useCardDetails(id: string | undefined): CardDetails | undefined {
  return useDeckStore((state) => (id ? state.details?.[id] : undefined))
}

/** The card details once loaded (the search index includes their answers). */
export function useDeckDetails(): DeckDetails | undefined {
  return useDeckStore((state) => state.details)
}

export function useDeckLoadError(): string | undefined {
  return useDeckStore((state) => state.loadError)
}
