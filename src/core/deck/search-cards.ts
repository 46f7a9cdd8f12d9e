/**
 * The deck's half of the card browser's search: the text of each card (front, back, updated
 * note, topic title, tags and id) and whether it holds a word or a phrase, case- and
 * accent-insensitive, as Anki's search of a note's fields (`*` matches any run of characters).
 * Which terms a search has, and what the learner's progress adds (`is:due`, `flag:1`), are the
 * srs core's (`src/core/srs/search.ts`): `searchCards` takes that test as `matches`. What has not
 * loaded yet (a topic's questions, the card details) is not searched; the index is rebuilt as
 * they arrive.
 * @see https://docs.ankiweb.net/searching.html
 */
import { inlineToPlainText, richTextToPlainText } from './rich-text.ts'
import type { RichText } from './rich-text.ts'
import type { CardSummary, DeckDetails, DeckSummary, DeckTags } from './split-deck.ts'

export interface SearchIndex {
  readonly entries: readonly {
    readonly card: CardSummary
    readonly tags: readonly string[]
    readonly text: string
  }[]
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
  deckTags?: DeckTags,
): SearchIndex {
  const titles = new Map(deck.topics.map((t) => [t.slug, t.title]))
  return {
    entries: deck.cards.map((card) => {
      const more = details?.[card.id]
      const tags = deckTags?.[card.id] ?? []
      return {
        card,
        tags,
        // One field a line, spaces collapsed: a phrase matches inside a field, never across two.
        text: [
          card.id,
          titles.get(card.topic) ?? '',
          tags.join(' '),
          richTextToPlainText(fronts[card.id] ?? []),
          more ? richTextToPlainText(more.back) : '',
          more?.updated ? inlineToPlainText(more.updated.text) : '',
        ]
          .map(normalizeWords)
          .join('\n'),
      }
    }),
  }
}

/** Normalized, with every run of white space one space. */
function normalizeWords(text: string): string {
  return normalizeForSearch(text).replace(/\s+/g, ' ').trim()
}

/**
 * Whether a card's indexed text holds `words`: a word or a phrase as the learner typed it, in
 * any case and accents; `*` stands for any run of characters within a field.
 */
export function textContains(indexedText: string, words: string): boolean {
  const wanted = normalizeWords(words)
  if (!wanted.includes('*')) return indexedText.includes(wanted)
  const parts = wanted.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(parts.join('[^\\n]*')).test(indexedText)
}

/**
 * The cards that carry every tag in `tags` (the browser's tag chips) and pass `matches`, which
 * gets a test of the card's text (`textContains` on its entry).
 */
export function searchCards(
  index: SearchIndex,
  tags: readonly string[],
  matches: (
    card: CardSummary,
    cardTags: readonly string[],
    contains: (words: string) => boolean,
  ) => boolean,
): CardSummary[] {
  return index.entries
    .filter(
      (entry) =>
        tags.every((tag) => entry.tags.includes(tag)) &&
        matches(entry.card, entry.tags, (words) => textContains(entry.text, words)),
    )
    .map(({ card }) => card)
}
