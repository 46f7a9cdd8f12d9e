import { describe, expect, it } from 'vitest'
import { generateQuiz } from './generate-quiz.ts'
import { equivalentAnswers } from './equivalent-answers.ts'
import { parseQuizSeed, quizSeedFromNumber, type QuizSeed } from './quiz-seed.ts'
import { quizDeck } from './testing/quiz-deck.ts'

const seed = (text: string): QuizSeed => parseQuizSeed(text)!
const ids = (quiz: { questions: readonly { cardId: string }[] }) =>
  quiz.questions.map((question) => question.cardId)

/** Five rotation cards, four grants cards, and cards that bridge or stand apart. */
const deck = quizDeck([
  { id: 'r1', tags: ['rotation'], back: 'Every year, automatically.' },
  { id: 'r2', tags: ['rotation'], back: 'Only the key material changes.' },
  { id: 'r3', tags: ['rotation'], back: 'Call ReEncrypt yourself.' },
  { id: 'r4', tags: ['rotation'], back: 'Between 90 and 2560 days.' },
  { id: 'r5', tags: ['rotation', 'imported'], back: 'Rotate on demand with new material.' },
  { id: 'g1', tags: ['grants'], back: 'A grant token.' },
  { id: 'g2', tags: ['grants'], back: 'The retiring principal.' },
  { id: 'g3', tags: ['grants'], back: 'Only grant operations.' },
  { id: 'g4', tags: ['grants'], back: 'Eventual consistency, up to five minutes.' },
  { id: 'yn', tags: ['rotation'], back: 'No. It is off by default.' },
  { id: 'lonely', tags: ['alone'], back: 'Nothing shares my tag.' },
])

describe('generateQuiz', () => {
  it('asks each card at most once, with its own answer among four options', () => {
    const quiz = generateQuiz(deck, { seed: seed('abc'), count: 50 })
    expect(new Set(ids(quiz)).size).toBe(quiz.questions.length)
    for (const question of quiz.questions) {
      expect(question.options).toHaveLength(4)
      expect(question.options[question.answerIndex]!.cardId).toBe(question.cardId)
      expect(question.options.filter((o) => o.cardId === question.cardId)).toHaveLength(1)
    }
  })

  it('leaves out yes/no cards and cards whose tags give fewer than three distractors', () => {
    const quiz = generateQuiz(deck, { seed: seed('abc'), count: 50 })
    expect([...ids(quiz)].sort()).toEqual(['g1', 'g2', 'g3', 'g4', 'r1', 'r2', 'r3', 'r4', 'r5'])
    expect(quiz.available).toBe(9)
    const offered = quiz.questions.flatMap((q) => q.options.map((o) => o.cardId))
    expect(offered).not.toContain('yn')
  })

  it('draws distractors from the most specific shared tag first', () => {
    // 'narrow' (4 cards) is inside 'wide' (10): card a takes narrow's three others every time.
    const small = quizDeck([
      { id: 'a', tags: ['wide', 'narrow'], back: 'Answer a.' },
      { id: 'b', tags: ['wide', 'narrow'], back: 'Answer b.' },
      { id: 'c', tags: ['wide', 'narrow'], back: 'Answer c.' },
      { id: 'd', tags: ['wide', 'narrow'], back: 'Answer d.' },
      ...['e', 'f', 'g', 'h', 'i', 'j'].map((id) => ({
        id,
        tags: ['wide'],
        back: `Answer ${id}.`,
      })),
    ])
    for (const text of ['1', '2', '3', 'abc', 'zz']) {
      const quiz = generateQuiz(small, { seed: seed(text), count: 20 })
      const a = quiz.questions.find((q) => q.cardId === 'a')!
      expect(a.options.map((o) => o.cardId).sort()).toEqual(['a', 'b', 'c', 'd'])
    }
  })

  it('never offers an answer equivalent to the right one or to another option', () => {
    const clashing = quizDeck([
      { id: 'year', tags: ['t'], back: 'Every year.' },
      { id: 'year-again', tags: ['t'], back: 'every  YEAR' },
      { id: 'year-longer', tags: ['t'], back: 'Every year, automatically.' },
      { id: 'month', tags: ['t'], back: 'Every month.' },
      { id: 'month-again', tags: ['t'], back: 'Every month!' },
      { id: 'day', tags: ['t'], back: 'Every day.' },
      { id: 'never', tags: ['t'], back: 'Never.' },
    ])
    for (let n = 0; n < 40; n++) {
      const quiz = generateQuiz(clashing, { seed: quizSeedFromNumber(n), count: 20 })
      const year = quiz.questions.find((q) => q.cardId === 'year')!
      const others = year.options.map((o) => o.cardId).filter((id) => id !== 'year')
      expect(others).not.toContain('year-again')
      expect(others).not.toContain('year-longer')
      expect(others.filter((id) => id.startsWith('month'))).toHaveLength(1)
      for (const question of quiz.questions)
        question.options.forEach((a, i) =>
          question.options
            .slice(i + 1)
            .forEach((b) => expect(equivalentAnswers(a.text, b.text)).toBe(false)),
        )
    }
  })

  it('asks only about cards with any of the given tags; distractors may come from the deck', () => {
    const quiz = generateQuiz(deck, { seed: seed('abc'), count: 50, tags: ['grants', 'imported'] })
    expect([...ids(quiz)].sort()).toEqual(['g1', 'g2', 'g3', 'g4', 'r5'])
    expect(generateQuiz(deck, { seed: seed('abc'), count: 5, tags: ['nope'] })).toEqual({
      seed: 'abc',
      questions: [],
      available: 0,
    })
    expect(generateQuiz(deck, { seed: seed('abc'), count: 50, tags: [] }).available).toBe(9)
  })

  it('caps count at what is available, and a shorter quiz is the start of a longer one', () => {
    const long = generateQuiz(deck, { seed: seed('q1'), count: 50 })
    const short = generateQuiz(deck, { seed: seed('q1'), count: 3 })
    expect(long.questions).toHaveLength(9)
    expect(short.questions).toEqual(long.questions.slice(0, 3))
    expect(short.available).toBe(9)
  })

  it('refuses a count that is not a positive integer', () => {
    for (const count of [0, -1, 2.5, Number.NaN])
      expect(() => generateQuiz(deck, { seed: seed('abc'), count })).toThrow(RangeError)
  })

  it('is deterministic for a seed and orders differently for another', () => {
    const again = () => generateQuiz(deck, { seed: seed('abc'), count: 9 })
    expect(again()).toEqual(again())
    expect(ids(generateQuiz(deck, { seed: seed('abd'), count: 9 }))).not.toEqual(ids(again()))
  })
})
