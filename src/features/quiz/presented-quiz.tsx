import { useCallback, useEffect, useState } from 'react'
import { useLocation } from 'wouter'
import { ALERT_TONES } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT, PANEL_SURFACE } from '@/components/ui/colours.ts'
import { ProgressBar } from '@/components/ui/progress-bar.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { RichTextView } from '@/components/rich-text-view.tsx'
import { richTextToPlainText } from '@/core/deck/index.ts'
import type { Quiz, QuizQuestion } from '@/core/quiz/index.ts'
import type { AppPath } from '@/routes/paths.ts'
import { optionLetter } from './option-letter.ts'
import {
  movePresenter,
  presenterKey,
  presenterStep,
  type PresenterMove,
} from './presenter-steps.ts'
import { QuizTimer } from './quiz-timer.tsx'
import { useCountdown } from './use-countdown.ts'

/**
 * Room-readable sizes, from the window's height (and width, on a narrow screen): the question is
 * 5.5 % of the viewport's height (59 px at 1920×1080; issue 14 asks at least 4 %), the options
 * 3.4 %, the frame's labels 2.4 %.
 */
export const PRESENTER_TEXT = {
  question: 'text-[clamp(1.5rem,min(5.5vh,7vw),5rem)] leading-tight font-semibold',
  option: 'text-[clamp(1.125rem,min(3.4vh,4.5vw),2.75rem)] leading-snug',
  label: 'text-[clamp(1rem,2.4vh,2rem)]',
} as const

/** Enter and Space on a focused button or link press it; the screen must not move twice. */
function pressesAControl(event: KeyboardEvent): boolean {
  return (
    (event.key === ' ' || event.key === 'Enter') &&
    event.target instanceof Element &&
    event.target.closest('button, a, summary') !== null
  )
}

/**
 * A quiz presented to a room: full window, one question at a time with its options A–D; the room
 * answers by show of hands and the presenter reveals the answer, then goes on (presenter keys, a
 * clicker, or the buttons); a summary at the end. Self-contained: its frame can later sit in the
 * kit's presenter frame.
 */
export function PresentedQuiz({
  quiz,
  timerSeconds,
  leaveTo,
}: {
  quiz: Quiz
  timerSeconds?: number
  /** Where Escape leaves to: the same quiz outside presenter mode. */
  leaveTo: AppPath
}) {
  const [, navigate] = useLocation()
  const count = quiz.questions.length
  const totalMs = (timerSeconds ?? 0) * 1000
  const deadlineFor = useCallback(
    (step: number) =>
      timerSeconds !== undefined && step < 2 * count && step % 2 === 0
        ? Date.now() + totalMs
        : undefined,
    [timerSeconds, count, totalMs],
  )
  const [position, setPosition] = useState(() => ({ step: 0, deadline: deadlineFor(0) }))
  const [blank, setBlank] = useState(false)
  const leftMs = useCountdown(position.deadline, totalMs)

  const move = useCallback(
    (how: PresenterMove) =>
      setPosition(({ step }) => {
        const next = movePresenter(step, how, count)
        return next === step
          ? { step, deadline: position.deadline }
          : { step: next, deadline: deadlineFor(next) }
      }),
    [count, deadlineFor, position.deadline],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      if (pressesAControl(event)) return
      const key = presenterKey(event.key)
      if (key === undefined) return
      event.preventDefault()
      if (key === 'leave') navigate(leaveTo)
      else if (key === 'blank') setBlank((on) => !on)
      else if (blank) setBlank(false)
      else move(key)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [blank, leaveTo, move, navigate])

  const step = presenterStep(position.step, count)
  const shown = step.kind === 'summary' ? count : step.index + 1

  return (
    <div className="flex min-h-dvh flex-col gap-[2.5vh] px-[4vw] py-[3vh]">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 className={`${PRESENTER_TEXT.label} font-bold`}>Quiz {quiz.seed}</h1>
          <p className={`text-sm ${MUTED_TEXT} touch-only:hidden`}>
            Space or → reveals, then goes on · ← back · B blanks · Esc leaves
          </p>
        </div>
        {step.kind === 'question' && leftMs !== undefined && !step.revealed && (
          <QuizTimer leftMs={leftMs} totalMs={totalMs} size="lg" />
        )}
        <div className="w-[min(40vw,20rem)] space-y-1 text-right">
          <p className={`${PRESENTER_TEXT.label} font-semibold tabular-nums`} aria-hidden="true">
            {shown} / {count}
          </p>
          <ProgressBar
            label="Quiz progress"
            value={shown}
            max={count}
            step={step.kind === 'summary' ? 'Summary' : `Question ${shown} of ${count}`}
          />
        </div>
      </header>

      {step.kind === 'question' ? (
        <PresentedQuestion
          question={quiz.questions[step.index]!}
          number={step.index + 1}
          count={count}
          revealed={step.revealed}
        />
      ) : (
        <PresentedSummary questions={quiz.questions} />
      )}

      <footer className="flex flex-wrap items-center gap-3">
        <Button size="lg" onClick={() => move('back')} disabled={position.step === 0}>
          Back
        </Button>
        {step.kind === 'question' ? (
          <Button size="lg" variant="primary" onClick={() => move('next')}>
            {!step.revealed
              ? 'Reveal the answer'
              : step.index + 1 < count
                ? 'Next question'
                : 'Summary'}
          </Button>
        ) : (
          <Button size="lg" variant="primary" onClick={() => move('first')}>
            Start again
          </Button>
        )}
        <TextLink href={leaveTo} className="ml-auto">
          Leave presenter mode
        </TextLink>
      </footer>

      {blank && (
        // kit-exception: a blanked screen is black in both schemes, as a projector's blank is
        <div
          role="status"
          className="fixed inset-0 z-50 flex items-end justify-center bg-black p-4 text-sm text-slate-400"
        >
          Screen blanked: press B to show it again
        </div>
      )}
    </div>
  )
}

function PresentedQuestion({
  question,
  number,
  count,
  revealed,
}: {
  question: QuizQuestion
  number: number
  count: number
  revealed: boolean
}) {
  return (
    <section aria-label={`Question ${number} of ${count}`} className="flex-1 space-y-[3vh]">
      <RichTextView text={question.front} className={PRESENTER_TEXT.question} />
      <ol aria-label="Answers" className="grid gap-[2vh] lg:grid-cols-2">
        {question.options.map((option, i) => {
          const right = revealed && i === question.answerIndex
          return (
            <li
              key={option.cardId}
              className={`flex items-start gap-[1.5vw] rounded-xl border-2 p-[2vh] ${right ? ALERT_TONES.success : PANEL_SURFACE}`}
            >
              <span
                className={`${PRESENTER_TEXT.option} shrink-0 font-bold tabular-nums`}
                aria-hidden="true"
              >
                {optionLetter(i)}
              </span>
              <span className={`${PRESENTER_TEXT.option} min-w-0 flex-1`}>
                <span className="sr-only">{optionLetter(i)}: </span>
                {option.text}
                {right && <span className="block font-bold">✓ Right answer</span>}
              </span>
            </li>
          )
        })}
      </ol>
      {revealed && (
        <p className={`${PRESENTER_TEXT.label}`} role="status">
          The answer is {optionLetter(question.answerIndex)}.
        </p>
      )}
    </section>
  )
}

function PresentedSummary({ questions }: { questions: readonly QuizQuestion[] }) {
  return (
    <section aria-labelledby="presented-summary" className="flex-1 space-y-[2vh]">
      <h2 id="presented-summary" className={PRESENTER_TEXT.question}>
        Quiz over: {questions.length} question{questions.length === 1 ? '' : 's'}
      </h2>
      <ol className={`space-y-[1.2vh] ${PRESENTER_TEXT.label}`} aria-label="Questions and answers">
        {questions.map((question, i) => (
          <li key={question.cardId}>
            <span className="font-semibold">
              {i + 1}. {richTextToPlainText(question.front)}
            </span>{' '}
            <span className={MUTED_TEXT}>
              {optionLetter(question.answerIndex)}: {question.options[question.answerIndex]!.text}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
