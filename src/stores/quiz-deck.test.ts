import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readCardFiles } from '../../scripts/read-card-files.ts'
import { compileDeck } from '@/core/deck/compile-deck.ts'
import { splitDeck } from '@/core/deck/split-deck.ts'
import { generateQuiz, parseQuizSeed } from '@/core/quiz/index.ts'
import { assembleQuizDeck } from './quiz-deck.ts'

const { deck } = compileDeck(readCardFiles(fileURLToPath(new URL('../../cards', import.meta.url))))

describe('assembleQuizDeck', () => {
  it('gives the quiz the whole compiled deck gives: the same link, the same questions', () => {
    const { summary, fronts, tags, details } = splitDeck(deck)
    const assembled = assembleQuizDeck(
      summary,
      Object.assign({}, ...Object.values(fronts)),
      tags,
      details,
    )
    expect(assembled.cards).toHaveLength(deck.cards.length)
    for (const text of ['abc', 'k3x9', 'zz9']) {
      const options = { seed: parseQuizSeed(text)!, count: 20 }
      expect(generateQuiz(assembled, options)).toEqual(generateQuiz(deck, options))
    }
  })

  it('leaves out a card whose answer has not loaded', () => {
    const { summary, fronts, tags, details } = splitDeck(deck)
    const first = deck.cards[0]!.id
    const withoutFirst = Object.fromEntries(Object.entries(details).filter(([id]) => id !== first))
    const assembled = assembleQuizDeck(
      summary,
      Object.assign({}, ...Object.values(fronts)),
      tags,
      withoutFirst,
    )
    expect(assembled.cards.map((c) => c.id)).not.toContain(first)
    expect(assembled.cards).toHaveLength(deck.cards.length - 1)
  })
})
