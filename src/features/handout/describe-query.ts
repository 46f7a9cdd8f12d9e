import type { CardQuery } from '@/core/deck/search-cards.ts'

/**
 * A handout's search in words, for its title: "Cards tagged #rotation and #aliases matching
 * “key”", or "Every card" without one. The tags are all required, as the card browser's chips
 * are (`searchCards`).
 */
export function describeQuery(query: CardQuery): string {
  const text = query.text.trim()
  const tags = query.tags.map((tag) => `#${tag}`)
  const tagged =
    tags.length === 0
      ? ''
      : ` tagged ${tags.length === 1 ? tags[0] : `${tags.slice(0, -1).join(', ')} and ${tags.at(-1)}`}`
  const matching = text ? ` matching “${text}”` : ''
  return tagged || matching ? `Cards${tagged}${matching}` : 'Every card'
}
