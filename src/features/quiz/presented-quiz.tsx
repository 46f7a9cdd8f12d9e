import { useCallback, useState, type CSSProperties } from 'react'
import { ALERT_TONES } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT, PANEL_SURFACE } from '@/components/ui/colours.ts'
import { PRESENTER_TYPE, PresenterFrame } from '@/components/ui/presenter-frame.tsx'
import { RichTextView } from '@/components/rich-text-view.tsx'
import { richTextToPlainText } from '@/core/deck/index.ts'
import type { Quiz, QuizQuestion } from '@/core/quiz/index.ts'
import type { AppPath } from '@/routes/paths.ts'
import { optionLetter } from './option-letter.ts'
import { movePresenter, presenterStep, type PresenterMove } from './presenter-steps.ts'
import { QuizTimer } from './quiz-timer.tsx'
import { useCountdown } from './use-countdown.ts'

/**
 * Room-readable sizes, from the window's height (and width, on a narrow screen): the question is
 * 5.5 % of the viewport's height (59 px at 1920×1080; issue 14 asks at least 4 %), the options
 * 3.4 %, the frame's labels 2.4 %. Inline styles, not Tailwind's arbitrary classes: those would
 * land in the app's one CSS file, which the first study card loads (e2e/page-weight.spec.ts).
 */
export const PRESENTER_FONT = {
  question: { fontSize: 'clamp(1.5rem, min(5.5vh, 7vw), 5rem)', lineHeight: 1.25 },
  option: { fontSize: 'clamp(1.125rem, min(3.4vh, 4.5vw), 2.75rem)', lineHeight: 1.375 },
  label: { fontSize: 'clamp(1rem, 2.4vh, 2rem)' },
} as const satisfies Record<string, CSSProperties>

/** Spacing that grows with the window, as the type does. */
const gap = (height: string): CSSProperties => ({
  display: 'flex',
  flexDirection: 'column',
  gap: height,
})

/**
 * A quiz presented to a room: full window, one question at a time with its options A–D; the room
 * answers by show of hands and the presenter reveals the answer, then goes on (presenter keys, a
 * clicker, or the buttons); a summary at the end.
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

  const step = presenterStep(position.step, count)
  const shown = step.kind === 'summary' ? count : step.index + 1
  const timer = step.kind === 'question' && leftMs !== undefined && !step.revealed && (
    <QuizTimer leftMs={leftMs} totalMs={totalMs} size="lg" />
  )

  // The kit's presenter frame: its title line and way out, Back and Next, the progress, the
  // presenter keys (a clicker's PageDown too) and the blank screen, as every presented screen.
  return (
    <PresenterFrame
      title={`Quiz ${quiz.seed}`}
      exitHref={leaveTo}
      position={shown}
      total={count}
      progressLabel="Quiz progress"
      onForward={() => move('next')}
      onBack={() => move('back')}
      onFirst={() => move('first')}
      onLast={() => move('last')}
      forwardLabel={
        step.kind === 'summary'
          ? 'Summary'
          : !step.revealed
            ? 'Reveal the answer'
            : step.index + 1 < count
              ? 'Next question'
              : 'Summary'
      }
      forwardDisabled={step.kind === 'summary'}
      backDisabled={position.step === 0}
      actions={timer}
    >
      {step.kind === 'question' ? (
        <PresentedQuestion
          question={quiz.questions[step.index]!}
          number={step.index + 1}
          count={count}
          revealed={step.revealed}
        />
      ) : (
        <PresentedSummary questions={quiz.questions} onStartAgain={() => move('first')} />
      )}
    </PresenterFrame>
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
    <section aria-label={`Question ${number} of ${count}`} className="flex-1" style={gap('2vh')}>
      <div className={PRESENTER_TYPE.question}>
        <RichTextView text={question.front} />
      </div>
      <ol aria-label="Answers" className="grid lg:grid-cols-2" style={{ gap: '2vh' }}>
        {question.options.map((option, i) => {
          const right = revealed && i === question.answerIndex
          return (
            <li
              key={option.cardId}
              className={`flex items-start rounded-lg border-2 ${right ? ALERT_TONES.success : PANEL_SURFACE}`}
              style={{ gap: '1.5vw', padding: '1.5vh 2vh' }}
            >
              <span
                className="shrink-0 font-bold tabular-nums"
                style={PRESENTER_FONT.option}
                aria-hidden="true"
              >
                {optionLetter(i)}
              </span>
              <span className="min-w-0 flex-1" style={PRESENTER_FONT.option}>
                <span className="sr-only">{optionLetter(i)}: </span>
                {option.text}
                {right && <span className="block font-bold">✓ Right answer</span>}
              </span>
            </li>
          )
        })}
      </ol>
      {revealed && (
        <p style={PRESENTER_FONT.label} role="status">
          The answer is {optionLetter(question.answerIndex)}.
        </p>
      )}
    </section>
  )
}

function PresentedSummary({
  questions,
  onStartAgain,
}: {
  questions: readonly QuizQuestion[]
  onStartAgain: () => void
}) {
  return (
    <section aria-labelledby="presented-summary" className="flex-1" style={gap('2vh')}>
      <h2 id="presented-summary" className={PRESENTER_TYPE.question}>
        Quiz over: {questions.length} question{questions.length === 1 ? '' : 's'}
      </h2>
      <ol aria-label="Questions and answers" style={{ ...PRESENTER_FONT.label, ...gap('1.2vh') }}>
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
      <p>
        <Button size="lg" onClick={onStartAgain}>
          Start again
        </Button>
      </p>
    </section>
  )
}
