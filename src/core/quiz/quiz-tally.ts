/**
 * How a quiz played alone went: each question right, wrong or unanswered (its timer ran out),
 * and the score. A question left unanswered is not a wrong answer: the tally says which is which.
 */
import type { QuizQuestion } from './generate-quiz.ts'

/** The option chosen (its index in `options`), or `'timeout'` when the timer ran out first. */
export type QuizAnswer = number | 'timeout'

export type QuestionOutcome = 'right' | 'wrong' | 'unanswered'

export interface QuizTally {
  readonly total: number
  readonly right: number
  readonly wrong: number
  readonly unanswered: number
  /** One per question, in quiz order. */
  readonly outcomes: readonly QuestionOutcome[]
}

export function questionOutcome(
  question: Pick<QuizQuestion, 'answerIndex'>,
  answer: QuizAnswer | undefined,
): QuestionOutcome {
  if (answer === undefined || answer === 'timeout') return 'unanswered'
  return answer === question.answerIndex ? 'right' : 'wrong'
}

/** The tally of `answers` (by question index; a missing one is unanswered). */
export function quizTally(
  questions: readonly Pick<QuizQuestion, 'answerIndex'>[],
  answers: readonly (QuizAnswer | undefined)[],
): QuizTally {
  const outcomes = questions.map((question, i) => questionOutcome(question, answers[i]))
  const count = (outcome: QuestionOutcome) => outcomes.filter((o) => o === outcome).length
  return {
    total: questions.length,
    right: count('right'),
    wrong: count('wrong'),
    unanswered: count('unanswered'),
    outcomes,
  }
}
