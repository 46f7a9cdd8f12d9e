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

  // Issue 15: a card that teaches an outdated line of the source notes must say what changed.
  it('reports a card that teaches an outdated source-notes line without an updated note', () => {
    const outdatedNoteLines = new Map([[25, 'every 3 years: every year since 2022']])
    const teaches = (fields: string) =>
      `# A\n\n## yearly\ntags: t\nfrom-notes: 24-25\n${fields}\nQ\n---\nA\n`
    const { errors } = compileDeck([{ path: 'cards/a.md', text: teaches('') }], {
      outdatedNoteLines,
    })
    expect(errors.map(formatDeckError)).toEqual([
      "cards/a.md:3: card 'yearly' teaches source-notes line 25, which is outdated (every 3 years: every year since 2022); add an 'updated:' note that says what changed",
    ])
    const updated =
      'source: https://docs.aws.amazon.com/kms/\nupdated: 2022-05 Yearly since May 2022.\n'
    expect(
      compileDeck([{ path: 'cards/a.md', text: teaches(updated) }], { outdatedNoteLines }).errors,
    ).toEqual([])
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
