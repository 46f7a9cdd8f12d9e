import { describe, expect, it } from 'vitest'
import { compileDeck } from './compile-deck.ts'
import { splitDeck } from './split-deck.ts'

describe('splitDeck', () => {
  it("puts each topic's fronts apart, the tags apart, and backs, sources, notes and scenarios in the details, losing nothing", () => {
    const { deck } = compileDeck([
      {
        path: 'cards/a.md',
        text: '# A\n\n## x\ntags: t\nsource: https://docs.aws.amazon.com/kms/\nupdated: 2022-05 Changed.\ntry: rotation\n\nQ\n---\nA\n\n## y\ntags: t\n\nQ2\n---\nA2\n',
      },
    ])
    const { summary, fronts, details, tags } = splitDeck(deck)
    // Only what the first card needs: each byte here ships once per card before it shows.
    expect(summary.cards).toEqual([
      { id: 'x', topic: 'a', changed: true },
      { id: 'y', topic: 'a', changed: false },
    ])
    expect(tags).toEqual({ x: ['t'], y: ['t'] })
    expect(fronts).toEqual({ a: { x: [{ t: 'p', c: ['Q'] }], y: [{ t: 'p', c: ['Q2'] }] } })
    expect(details).toEqual({
      x: {
        back: [{ t: 'p', c: ['A'] }],
        sources: ['https://docs.aws.amazon.com/kms/'],
        updated: { date: '2022-05', text: ['Changed.'] },
        sandboxScenario: 'rotation',
      },
      y: { back: [{ t: 'p', c: ['A2'] }], sources: [] },
    })
    expect(JSON.stringify(summary)).not.toContain('A2')
    expect(JSON.stringify(summary)).not.toContain('Q2')
  })
})
