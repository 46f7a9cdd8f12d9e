/**
 * Splits the deck in three for loading, so the first screen carries little of the deck's text
 * however large the deck grows:
 * - the summary of every card (id, topic, tags, marks): the queue and the lists need all of it;
 * - each topic's questions (fronts), loaded by topic: the study screen loads only the topics of
 *   the cards it is about to show, the card browser all of them;
 * - the details (backs, sources, updated notes), loaded right after the first card shows.
 */
import type { Card, CardId, Deck, Topic } from './card.ts'
import type { RichText } from './rich-text.ts'

export type CardSummary = Pick<Card, 'id' | 'topic' | 'tags' | 'sandboxScenario'> & {
  /** Whether the card has an `updated:` note (the note itself is in the details). */
  readonly changed: boolean
}

export type CardDetails = Pick<Card, 'back' | 'updated' | 'sources'>

export interface DeckSummary {
  readonly topics: readonly Topic[]
  readonly cards: readonly CardSummary[]
}

/** One topic's questions, by card id. */
export type TopicFronts = Readonly<Record<CardId, RichText>>

export type DeckDetails = Readonly<Record<string, CardDetails>>

export function splitDeck(deck: Deck): {
  summary: DeckSummary
  fronts: Readonly<Record<string, TopicFronts>>
  details: DeckDetails
} {
  const details: Record<string, CardDetails> = {}
  const fronts: Record<string, Record<CardId, RichText>> = {}
  for (const topic of deck.topics) fronts[topic.slug] = {}
  const cards = deck.cards.map((card): CardSummary => {
    details[card.id] = {
      back: card.back,
      sources: card.sources,
      ...(card.updated ? { updated: card.updated } : {}),
    }
    ;(fronts[card.topic] ??= {})[card.id] = card.front
    return {
      id: card.id,
      topic: card.topic,
      tags: card.tags,
      changed: card.updated !== undefined,
      ...(card.sandboxScenario ? { sandboxScenario: card.sandboxScenario } : {}),
    }
  })
  return { summary: { topics: deck.topics, cards }, fronts, details }
}
