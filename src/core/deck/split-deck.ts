/**
 * Splits the deck in four for loading, so the first screen carries as little of the deck as it
 * can however large the deck grows:
 * - the summary of every card (id, topic, whether it changed at AWS): the queue needs every id
 *   and the lists every row, and nothing more ships before the first card, since each byte of
 *   it is paid once per card (tags alone were a third of it);
 * - each topic's questions (fronts), loaded by topic: the study screen loads only the topics of
 *   the cards it is about to show, the card browser all of them;
 * - every card's tags, loaded right after the first card shows (tag filters, custom study, the
 *   card page), or at once by a search that names a tag;
 * - the details (backs, sources, updated notes, sandbox scenario), loaded right after the first
 *   card shows.
 */
import type { Card, CardId, Deck, Topic } from './card.ts'
import type { RichText } from './rich-text.ts'

export type CardSummary = Pick<Card, 'id' | 'topic'> & {
  /** Whether the card has an `updated:` note (the note itself is in the details). */
  readonly changed: boolean
}

export type CardDetails = Pick<Card, 'back' | 'updated' | 'sources' | 'sandboxScenario'>

/** Every card's tags, by card id. */
export type DeckTags = Readonly<Record<string, readonly string[]>>

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
  tags: DeckTags
} {
  const details: Record<string, CardDetails> = {}
  const tags: Record<string, readonly string[]> = {}
  const fronts: Record<string, Record<CardId, RichText>> = {}
  for (const topic of deck.topics) fronts[topic.slug] = {}
  const cards = deck.cards.map((card): CardSummary => {
    details[card.id] = {
      back: card.back,
      sources: card.sources,
      ...(card.updated ? { updated: card.updated } : {}),
      ...(card.sandboxScenario ? { sandboxScenario: card.sandboxScenario } : {}),
    }
    tags[card.id] = card.tags
    ;(fronts[card.topic] ??= {})[card.id] = card.front
    return {
      id: card.id,
      topic: card.topic,
      changed: card.updated !== undefined,
    }
  })
  return { summary: { topics: deck.topics, cards }, fronts, details, tags }
}
