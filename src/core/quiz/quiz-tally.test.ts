import { describe, expect, it } from 'vitest'
import { questionOutcome, quizTally } from './quiz-tally.ts'

const questions = [{ answerIndex: 0 }, { answerIndex: 2 }, { answerIndex: 3 }, { answerIndex: 1 }]

describe('quizTally', () => {
  it('counts right, wrong and unanswered (timed out or never reached) apart', () => {
    expect(quizTally(questions, [0, 1, 'timeout'])).toEqual({
      total: 4,
      right: 1,
      wrong: 1,
      unanswered: 2,
      outcomes: ['right', 'wrong', 'unanswered', 'unanswered'],
    })
  })

  it('is right only for the option at answerIndex', () => {
    expect([0, 1, 2, 3].map((i) => questionOutcome({ answerIndex: 2 }, i))).toEqual([
      'wrong',
      'wrong',
      'right',
      'wrong',
    ])
  })
})
