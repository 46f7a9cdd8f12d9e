import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readCardFiles } from '../../../scripts/read-card-files.ts'
import { compileDeck } from './compile-deck.ts'
import { packSummary, unpackSummary } from './pack-summary.ts'
import { splitDeck } from './split-deck.ts'

const shippedDeck = () =>
  compileDeck(readCardFiles(fileURLToPath(new URL('../../../cards', import.meta.url)))).deck

describe('packSummary', () => {
  it('round-trips the shipped deck, order and changed marks included', () => {
    const { summary } = splitDeck(shippedDeck())
    expect(summary.cards.some((card) => card.changed)).toBe(true)
    expect(unpackSummary(packSummary(summary))).toEqual(summary)
  })
  it('marks a changed card with a trailing *', () => {
    const { deck } = compileDeck([
      {
        path: 'cards/a.md',
        text: '# A\n\n## x\ntags: t\nsource: https://docs.aws.amazon.com/kms/\nupdated: 2022-05 Changed.\n\nQ?\n---\nA\n\n## y\ntags: t\n\nQ2?\n---\nA2\n',
      },
    ])
    expect(packSummary(splitDeck(deck).summary)).toEqual([
      { slug: 'a', title: 'A', cards: ['x*', 'y'] },
    ])
  })
  it('refuses cards that are not grouped by topic, which packing would reorder', () => {
    const topics = [
      { slug: 'a', title: 'A' },
      { slug: 'b', title: 'B' },
    ]
    const card = (id: string, topic: string) => ({ id, topic, changed: false }) as const
    expect(() => packSummary({ topics, cards: [card('x', 'b'), card('y', 'a')] as never })).toThrow(
      'y: cards must be grouped by topic',
    )
  })
})
