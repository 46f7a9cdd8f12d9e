/**
 * Splits the deck in two for loading: the summary of every card (what a list or a card's front
 * needs) ships with the app, and the details (backs, sources, updated notes) load right after
 * the first card shows. Keeps the first screen inside its 100 KB budget as the deck grows.
 */
import type { Card, Deck, Topic } from './card.ts'

export type CardSummary = Pick<Card, 'id' | 'topic' | 'tags' | 'front' | 'sandboxScenario'> & {
  /** Whether the card has an `updated:` note (the note itself is in the details). */
  readonly changed: boolean
}

export type CardDetails = Pick<Card, 'back' | 'updated' | 'sources'>

export interface DeckSummary {
  readonly topics: readonly Topic[]
  readonly cards: readonly CardSummary[]
}

export type DeckDetails = Readonly<Record<string, CardDetails>>

export function splitDeck(deck: Deck): { summary: DeckSummary; details: DeckDetails } {
  const details: Record<string, CardDetails> = {}
  const cards = deck.cards.map((card): CardSummary => {
    details[card.id] = {
      back: card.back,
      sources: card.sources,
      ...(card.updated ? { updated: card.updated } : {}),
    }
    return {
      id: card.id,
      topic: card.topic,
      tags: card.tags,
      front: card.front,
      changed: card.updated !== undefined,
      ...(card.sandboxScenario ? { sandboxScenario: card.sandboxScenario } : {}),
    }
  })
  return { summary: { topics: deck.topics, cards }, details }
}
