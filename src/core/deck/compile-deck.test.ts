import { describe, expect, it } from 'vitest'
import { compileDeck } from './compile-deck.ts'
import { DeckCompileError, formatDeckError } from './deck-error.ts'

const card = (id: string) => `## ${id}\ntags: t\n\nQ\n---\nA\n`

describe('compileDeck', () => {
  it('orders topics and cards by file name, then by position', () => {
    const { deck, errors } = compileDeck([
      { path: 'cards/02-b.md', text: `# B\n\n${card('b1')}` },
      { path: 'cards/01-a.md', text: `# A\n\n${card('a1')}\n${card('a2')}` },
    ])
    expect(errors).toEqual([])
    expect(deck.topics.map((t) => t.slug)).toEqual(['a', 'b'])
    expect(deck.cards.map((c) => `${c.topic}/${c.id}`)).toEqual(['a/a1', 'a/a2', 'b/b1'])
  })

  it('reports a duplicate id with both places', () => {
    const { errors } = compileDeck([
      { path: 'cards/a.md', text: `# A\n\n${card('same')}` },
      { path: 'cards/b.md', text: `# B\n\n\n${card('same')}` },
    ])
    expect(errors.map(formatDeckError)).toEqual([
      "cards/b.md:4: duplicate card id 'same' (first at cards/a.md:3)",
    ])
  })

  it('reports two files with the same topic slug', () => {
    const { errors } = compileDeck([
      { path: 'cards/01-a.md', text: `# A\n\n${card('x')}` },
      { path: 'cards/02-a.md', text: `# A again\n\n${card('y')}` },
    ])
    expect(errors.map(formatDeckError)).toEqual([
      "cards/02-a.md:1: topic 'a' is also cards/01-a.md",
    ])
  })

  it('reports an empty deck', () => {
    expect(compileDeck([]).errors.map(formatDeckError)).toEqual([
      'cards:1: no card files (*.md) found',
    ])
  })

  it('lists every error in the build message', () => {
    const { errors } = compileDeck([{ path: 'cards/a.md', text: '# A\n\n## x\n\nQ\n' }])
    const message = new DeckCompileError(errors).message
    expect(message).toContain("cards/a.md:3: card 'x' has no back")
    expect(message).toContain("cards/a.md:3: card 'x' has no 'tags:' field")
  })
})
