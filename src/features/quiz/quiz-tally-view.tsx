import { useEffect, useRef } from 'react'
import { Badge, type BadgeTone } from '@/components/ui/badge.tsx'
import { ButtonLink } from '@/components/ui/button-link.tsx'
import { Button } from '@/components/ui/button.tsx'
import { LIST_DIVIDER, MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextLink } from '@/components/ui/text-link.tsx'
import { richTextToPlainText } from '@/core/deck/index.ts'
import {
  quizTally,
  type QuestionOutcome,
  type QuizAnswer,
  type QuizQuestion,
} from '@/core/quiz/index.ts'
import { classroomPaths } from '@/routes/classroom-paths.ts'
import { paths } from '@/routes/paths.ts'

const OUTCOMES: Readonly<Record<QuestionOutcome, { label: string; tone: BadgeTone }>> = {
  right: { label: 'Right', tone: 'success' },
  wrong: { label: 'Wrong', tone: 'error' },
  unanswered: { label: 'No answer', tone: 'warning' },
}

/** The end of a quiz played alone: the score, each question right or wrong, and what next. */
export function QuizTallyView({
  questions,
  answers,
  onPlayAgain,
}: {
  questions: readonly QuizQuestion[]
  answers: readonly (QuizAnswer | undefined)[]
  onPlayAgain: () => void
}) {
  const tally = quizTally(questions, answers)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <section aria-labelledby="quiz-tally" className="max-w-3xl space-y-5">
      <h2 id="quiz-tally" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        Your score: {tally.right} of {tally.total}
      </h2>
      <p className={MUTED_TEXT}>
        {tally.right} right, {tally.wrong} wrong
        {tally.unanswered > 0 && `, ${tally.unanswered} not answered in time`}.
      </p>
      <ol aria-label="Questions" className={`divide-y ${LIST_DIVIDER}`}>
        {questions.map((question, i) => {
          const outcome = OUTCOMES[tally.outcomes[i]!]
          return (
            <li
              key={question.cardId}
              className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2"
            >
              <span className={`tabular-nums ${MUTED_TEXT}`}>{i + 1}.</span>
              <Badge tone={outcome.tone}>{outcome.label}</Badge>
              <span className="min-w-0 flex-1">{richTextToPlainText(question.front)}</span>
              <TextLink href={paths.browse.card(question.cardId)} className="text-sm">
                Card<span className="sr-only"> of question {i + 1}</span>
              </TextLink>
            </li>
          )
        })}
      </ol>
      <div className="flex flex-wrap gap-3">
        <Button variant="primary" onClick={onPlayAgain}>
          Play again
        </Button>
        <ButtonLink href={classroomPaths.quizHome()}>New quiz</ButtonLink>
      </div>
    </section>
  )
}
