/**
 * The compiled deck (see src/core/deck/split-deck.ts). Card summaries ship with the app. Each
 * topic's questions are a chunk of their own: the study screen loads the topics of the cards it
 * is about to show, the card browser all of them. The details (backs, sources, updated notes)
 * start loading as soon as the first screen has rendered. So the first card shows within the
 * page-weight budget however large the deck grows. Every card's tags load right after the first
 * screen too, or at once when a search asks for a tag. Components read what is not loaded yet as
 * undefined, and ask for it (`useCardFront` asks for its card's topic).
 */
import { useEffect } from 'react'
import { create } from 'zustand'
import packedSummary from 'virtual:deck'
import { all as loadEveryFront, topics as frontLoaders } from 'virtual:deck-fronts'
import type { CardId, Topic } from '@/core/deck/card.ts'
import type { RichText } from '@/core/deck/rich-text.ts'
import { unpackSummary } from '@/core/deck/pack-summary.ts'
import { tagCounts } from '@/core/deck/tag-counts.ts'
import type {
  CardDetails,
  CardSummary,
  DeckDetails,
  DeckSummary,
  DeckTags,
} from '@/core/deck/split-deck.ts'

interface DeckState {
  /** The questions of every topic loaded so far, by card id. */
  readonly fronts: Readonly<Record<string, RichText>>
  readonly details: DeckDetails | undefined
  readonly tags: DeckTags | undefined
  /** Every tag with its number of cards, counted once when the tags load. */
  readonly tagCounts: readonly { tag: string; count: number }[] | undefined
  readonly loadError: string | undefined
}

const summary = unpackSummary(packedSummary)
const cardsById = new Map<string, CardSummary>(summary.cards.map((card) => [card.id, card]))
const topicsBySlug = new Map<string, Topic>(summary.topics.map((topic) => [topic.slug, topic]))

export const useDeckStore = create<DeckState>()(() => ({
  fronts: {},
  details: undefined,
  tags: undefined,
  tagCounts: undefined,
  loadError: undefined,
}))

function failed(error: unknown) {
  useDeckStore.setState({ loadError: error instanceof Error ? error.message : String(error) })
}

let loading: Promise<void> | undefined

/** Starts (once) loading the card details; safe to call from any screen. */
export function loadDeckDetails(): Promise<void> {
  loading ??= import('virtual:deck-details').then(
    ({ default: details }) => useDeckStore.setState({ details }),
    (error: unknown) => {
      loading = undefined
      failed(error)
    },
  )
  return loading
}

let tagsLoading: Promise<void> | undefined

/** Starts (once) loading every card's tags; safe to call from any screen. */
export function loadDeckTags(): Promise<void> {
  tagsLoading ??= import('virtual:deck-tags').then(
    ({ default: tags }) => useDeckStore.setState({ tags, tagCounts: tagCounts(tags) }),
    (error: unknown) => {
      tagsLoading = undefined
      failed(error)
    },
  )
  return tagsLoading
}

const topicLoads = new Map<string, Promise<void>>()

/** Loads the questions of `topics` (each once; a failed one is tried again on the next call). */
export function loadFronts(topics: Iterable<string>): Promise<void> {
  const loads = [...new Set(topics)].map((topic) => {
    let load = topicLoads.get(topic)
    if (!load) {
      const loader = frontLoaders[topic]
      load = loader
        ? loader().then(
            ({ default: fronts }) =>
              useDeckStore.setState((state) => ({ fronts: { ...state.fronts, ...fronts } })),
            (error: unknown) => {
              topicLoads.delete(topic)
              failed(error)
            },
          )
        : Promise.resolve()
      topicLoads.set(topic, load)
    }
    return load
  })
  return Promise.all(loads).then(() => undefined)
}

let allLoad: Promise<void> | undefined

/** Loads every question at once (the card browser lists and searches them all). */
export function loadAllFronts(): Promise<void> {
  allLoad ??= loadEveryFront().then(
    ({ default: fronts }) => {
      for (const topic of Object.keys(frontLoaders)) topicLoads.set(topic, Promise.resolve())
      useDeckStore.setState((state) => ({ fronts: { ...state.fronts, ...fronts } }))
    },
    (error: unknown) => {
      allLoad = undefined
      failed(error)
    },
  )
  return allLoad
}

/** Loads the questions of these cards' topics, e.g. the next few cards of the queue. */
export function loadFrontsOf(cardIds: Iterable<CardId>): Promise<void> {
  const topics: string[] = []
  for (const id of cardIds) {
    const topic = cardsById.get(id)?.topic
    if (topic) topics.push(topic)
  }
  return loadFronts(topics)
}

/** A card's question, asking for its topic when it is not loaded yet. */
export function useCardFront(id: CardId | undefined): RichText | undefined {
  const front = useDeckStore((state) => (id ? state.fronts[id] : undefined))
  useEffect(() => {
    if (id && front === undefined) void loadFrontsOf([id])
  }, [id, front])
  return front
}

/** Every question loaded so far (the search index includes them). */
export function useLoadedFronts(): Readonly<Record<string, RichText>> {
  return useDeckStore((state) => state.fronts)
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

/** Every card's tags, once loaded (`loadDeckTags`). */
export function useDeckTags(): DeckTags | undefined {
  return useDeckStore((state) => state.tags)
}

/** A card's tags, asking for them when they are not loaded yet. */
export function useCardTags(id: string | undefined): readonly string[] | undefined {
  const tags = useDeckTags()
  useEffect(() => {
    if (id && tags === undefined) void loadDeckTags()
  }, [id, tags])
  return id ? tags?.[id] : undefined
}

/** Every tag with its number of cards, most used first, once the tags have loaded. */
export function useTagCounts(): readonly { tag: string; count: number }[] | undefined {
  return useDeckStore((state) => state.tagCounts)
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
