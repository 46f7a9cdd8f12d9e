import { describe, expect, it } from 'vitest'
import { generateQuiz, parseQuizSeed, quizTally } from '@/core/quiz/index.ts'
import { quizDeck } from '@/core/quiz/testing/quiz-deck.ts'
import { createQuizPlayStore, newQuizSeed } from './quiz.ts'

const deck = quizDeck(
  ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, tags: ['t'], back: `Answer ${id}.` })),
)
const quiz = generateQuiz(deck, { seed: parseQuizSeed('abc')!, count: 3 })

function playStore(timerSeconds?: number) {
  let now = 1_000_000
  const store = createQuizPlayStore({ now: () => now })
  store.getState().start(quiz, timerSeconds)
  return { store, advance: (ms: number) => (now += ms) }
}

describe('a quiz played alone', () => {
  it('reveals only a confirmed choice, then goes on to the tally', () => {
    const { store } = playStore()
    const play = () => store.getState()
    play().confirm()
    expect(play().revealed).toBe(false)
    const right = quiz.questions[0]!.answerIndex
    play().select(right)
    play().next() // not before the answer shows
    expect(play().position).toBe(0)
    play().confirm()
    expect(play()).toMatchObject({ revealed: true, answers: [right], selected: undefined })
    play().select((right + 1) % 4) // the answer is given
    expect(play().answers).toEqual([right])
    play().next()
    play().select((quiz.questions[1]!.answerIndex + 1) % 4)
    play().confirm()
    play().next()
    play().select(quiz.questions[2]!.answerIndex)
    play().confirm()
    play().next()
    expect(play().position).toBe(3)
    expect(quizTally(quiz.questions, play().answers)).toMatchObject({ right: 2, wrong: 1 })
  })

  it('counts a question whose time ran out as unanswered, never before the time', () => {
    const { store, advance } = playStore(15)
    const play = () => store.getState()
    advance(14_999)
    play().timeOut()
    expect(play().revealed).toBe(false)
    advance(1)
    play().timeOut()
    expect(play()).toMatchObject({ revealed: true, answers: ['timeout'], deadline: undefined })
    play().next()
    // The next question has its own full time.
    expect(play().deadline).toBeDefined()
    advance(14_000)
    play().timeOut()
    expect(play().revealed).toBe(false)
  })

  it('plays the same quiz again from the start', () => {
    const { store } = playStore(30)
    store.getState().select(1)
    store.getState().confirm()
    store.getState().next()
    store.getState().restart()
    expect(store.getState()).toMatchObject({
      quiz,
      position: 0,
      answers: [],
      revealed: false,
      timerSeconds: 30,
    })
  })
})

describe('newQuizSeed', () => {
  it('is a valid seed from the random source', () => {
    const seed = newQuizSeed()
    expect(parseQuizSeed(seed)).toBe(seed)
  })
})
