/**
 * Deck search for the card browser: every word of the query must appear in the card's text
 * (front, back, updated note, topic title, tags or id), and the card must carry every selected
 * tag. Case- and accent-insensitive. What has not loaded yet (a topic's questions, the card
 * details) is not searched; the index is rebuilt as they arrive.
 */
import { inlineToPlainText, richTextToPlainText } from './rich-text.ts'
import type { RichText } from './rich-text.ts'
import type { CardSummary, DeckDetails, DeckSummary } from './split-deck.ts'

export interface SearchIndex {
  readonly entries: readonly { readonly card: CardSummary; readonly text: string }[]
}

export interface CardQuery {
  readonly text: string
  readonly tags: readonly string[]
}

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

export function buildSearchIndex(
  deck: DeckSummary,
  fronts: Readonly<Record<string, RichText>>,
  details?: DeckDetails,
): SearchIndex {
  const titles = new Map(deck.topics.map((t) => [t.slug, t.title]))
  return {
    entries: deck.cards.map((card) => {
      const more = details?.[card.id]
      return {
        card,
        text: normalizeForSearch(
          [
            card.id,
            titles.get(card.topic) ?? '',
            card.tags.join(' '),
            richTextToPlainText(fronts[card.id] ?? []),
            more ? richTextToPlainText(more.back) : '',
            more?.updated ? inlineToPlainText(more.updated.text) : '',
          ].join('\n'),
        ),
      }
    }),
  }
}

export function searchCards(index: SearchIndex, query: CardQuery): CardSummary[] {
  const words = normalizeForSearch(query.text).split(/\s+/).filter(Boolean)
  return index.entries
    .filter(
      ({ card, text }) =>
        query.tags.every((tag) => card.tags.includes(tag)) && words.every((w) => text.includes(w)),
    )
    .map(({ card }) => card)
}

/** Every tag in the deck with how many cards carry it, most used first. */
export function tagCounts(deck: DeckSummary): { tag: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const card of deck.cards)
    for (const tag of card.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}
