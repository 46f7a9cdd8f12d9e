/**
 * The deck's tags with their card counts, for the tag filters. A module of its own: the study
 * screen lists tags (custom study) without loading the card browser's search.
 */
import type { DeckTags } from './split-deck.ts'

/** Every tag in the deck with how many cards carry it, most used first. */
export function tagCounts(deckTags: DeckTags): { tag: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const tags of Object.values(deckTags))
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}
