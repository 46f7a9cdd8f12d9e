/**
 * The deck summary as it ships before the first card: each topic with its cards' ids in deck
 * order, an id marked with a trailing `*` when the card changed at AWS. Every byte of it is paid
 * once per card before the first card shows; an object per card (`{"id":…,"topic":…,"changed":…}`)
 * cost 13 bytes gzip a card, this 10 (e2e/page-weight.spec.ts).
 */
import type { CardId, Topic } from './card.ts'
import type { CardSummary, DeckSummary } from './split-deck.ts'

export type PackedDeckSummary = readonly (Topic & { readonly cards: readonly string[] })[]

/** Card ids are kebab-case (the compiler checks), so a `*` cannot be part of one. */
const CHANGED = '*'

export function packSummary(summary: DeckSummary): PackedDeckSummary {
  const packed = summary.topics.map((topic) => ({ ...topic, cards: [] as string[] }))
  const bySlug = new Map(packed.map((topic) => [topic.slug, topic.cards]))
  let previous = -1
  for (const card of summary.cards) {
    const position = summary.topics.findIndex((topic) => topic.slug === card.topic)
    // Deck order is topic by topic (a card file is a topic): packing by topic keeps it.
    if (position < previous) throw new Error(`${card.id}: cards must be grouped by topic`)
    previous = position
    bySlug.get(card.topic)?.push(card.changed ? `${card.id}${CHANGED}` : card.id)
  }
  return packed
}

export function unpackSummary(packed: PackedDeckSummary): DeckSummary {
  const cards: CardSummary[] = []
  for (const { cards: ids, ...topic } of packed) {
    for (const id of ids) {
      const changed = id.endsWith(CHANGED)
      cards.push({ id: (changed ? id.slice(0, -1) : id) as CardId, topic: topic.slug, changed })
    }
  }
  return { topics: packed.map(({ slug, title }) => ({ slug, title })), cards }
}
