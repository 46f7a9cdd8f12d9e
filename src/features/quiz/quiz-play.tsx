import { useCallback, useEffect } from 'react'
import type { Quiz } from '@/core/quiz/index.ts'
import { quizPlayStore, useQuizPlay } from '@/stores/quiz.ts'
import { QuizQuestionView } from './quiz-question-view.tsx'
import { QuizTallyView } from './quiz-tally-view.tsx'
import { useCountdown } from './use-countdown.ts'

/** A quiz played alone, from its first question to its tally. */
export function QuizPlay({ quiz, timerSeconds }: { quiz: Quiz; timerSeconds?: number }) {
  useEffect(() => quizPlayStore.getState().start(quiz, timerSeconds), [quiz, timerSeconds])
  const play = useQuizPlay((state) => state)
  const totalMs = (timerSeconds ?? 0) * 1000
  const leftMs = useCountdown(play.quiz === quiz ? play.deadline : undefined, totalMs)
  useEffect(() => {
    if (leftMs === 0) play.timeOut()
  }, [leftMs, play])
  const { select, confirm, next } = play
  const onSelect = useCallback((option: number) => select(option), [select])

  // The store still holds another quiz until the effect above has started this one.
  if (play.quiz !== quiz) return null
  const question = quiz.questions[play.position]
  if (!question)
    return (
      <QuizTallyView questions={quiz.questions} answers={play.answers} onPlayAgain={play.restart} />
    )
  return (
    <QuizQuestionView
      question={question}
      number={play.position + 1}
      total={quiz.questions.length}
      selected={play.selected}
      answer={play.answers[play.position]}
      revealed={play.revealed}
      timer={leftMs === undefined ? undefined : { leftMs, totalMs }}
      onSelect={onSelect}
      onConfirm={confirm}
      onNext={next}
    />
  )
}
