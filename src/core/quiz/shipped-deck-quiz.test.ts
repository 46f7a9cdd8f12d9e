/**
 * The generator over the deck that ships (cards/*.md, compiled as the build does): the promises a
 * teacher's quiz link relies on, checked over a fixed list of seeds (no randomness in the test).
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readCardFiles } from '../../../scripts/read-card-files.ts'
import { compileDeck } from '../deck/compile-deck.ts'
import type { Card } from '../deck/index.ts'
import { OPTION_MAX_CHARS } from './answer-text.ts'
import { equivalentAnswers } from './equivalent-answers.ts'
import { generateQuiz } from './generate-quiz.ts'
import { parseQuizSeed, quizSeedFromNumber, type QuizSeed } from './quiz-seed.ts'

const cardsDir = fileURLToPath(new URL('../../../cards', import.meta.url))
const { deck } = compileDeck(readCardFiles(cardsDir))
const cards = new Map<string, Card>(deck.cards.map((card) => [card.id, card]))
const seed = (text: string): QuizSeed => parseQuizSeed(text)!
/** Fixed seeds: short words, small numbers and the ends of the range. */
const SEEDS: readonly QuizSeed[] = [
  ...['abc', 'kms', 'quiz', 'class1', 'zzzzzz', '1z141z3'].map(seed),
  ...Array.from({ length: 24 }, (_, i) => quizSeedFromNumber(i * 179_424_673)),
]

describe('a quiz from the shipped deck', () => {
  it('is the same twice for the same seed (20 questions from abc)', () => {
    const first = generateQuiz(deck, { seed: seed('abc'), count: 20 })
    expect(first.questions).toHaveLength(20)
    expect(generateQuiz(deck, { seed: seed('abc'), count: 20 })).toEqual(first)
  })

  it('asks in a different order for each seed', () => {
    const orders = SEEDS.map((s) =>
      generateQuiz(deck, { seed: s, count: 20 })
        .questions.map((q) => q.cardId)
        .join(),
    )
    expect(new Set(orders).size).toBe(SEEDS.length)
  })

  it('can ask most of the deck', () => {
    // Left out: yes/no cards and the few whose tags give no three distinct distractors.
    const { available } = generateQuiz(deck, { seed: seed('abc'), count: 1 })
    expect(available).toBeGreaterThan(deck.cards.length * 0.8)
  })

  it.each(SEEDS)(
    'seed %s: four readable, non-equivalent options, the answer once, distractors sharing a tag',
    (s) => {
      const quiz = generateQuiz(deck, { seed: s, count: 1000 })
      expect(quiz.questions).toHaveLength(quiz.available)
      for (const question of quiz.questions) {
        const card = cards.get(question.cardId)!
        expect(question.front).toBe(card.front)
        expect(question.options).toHaveLength(4)
        expect(question.options.filter((o) => o.cardId === card.id)).toHaveLength(1)
        expect(question.options[question.answerIndex]!.cardId).toBe(card.id)
        expect(new Set(question.options.map((o) => o.cardId)).size).toBe(4)
        question.options.forEach((option, i) => {
          expect(option.text.length).toBeLessThanOrEqual(OPTION_MAX_CHARS)
          expect(option.text).not.toMatch(/\n/)
          if (option.cardId !== card.id)
            expect(cards.get(option.cardId)!.tags.some((tag) => card.tags.includes(tag))).toBe(true)
          for (const other of question.options.slice(i + 1))
            expect(
              equivalentAnswers(option.text, other.text),
              `${option.text} / ${other.text}`,
            ).toBe(false)
        })
      }
    },
  )

  it('puts the right answer in every place over the seeds', () => {
    const places = new Set(
      SEEDS.flatMap((s) =>
        generateQuiz(deck, { seed: s, count: 5 }).questions.map((q) => q.answerIndex),
      ),
    )
    expect([...places].sort()).toEqual([0, 1, 2, 3])
  })

  it('asks about a tag set only its cards', () => {
    const quiz = generateQuiz(deck, {
      seed: seed('kms'),
      count: 1000,
      tags: ['rotation', 'grants'],
    })
    expect(quiz.questions.length).toBeGreaterThan(5)
    for (const question of quiz.questions)
      expect(cards.get(question.cardId)!.tags.some((t) => t === 'rotation' || t === 'grants')).toBe(
        true,
      )
  })
})
