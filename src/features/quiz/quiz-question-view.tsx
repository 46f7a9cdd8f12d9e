import { useEffect, useRef, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Badge } from '@/components/ui/badge.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Kbd } from '@/components/ui/kbd.tsx'
import { RadioGroup } from '@/components/ui/radio-group.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { RichTextView } from '@/components/rich-text-view.tsx'
import { questionOutcome, type QuizAnswer, type QuizQuestion } from '@/core/quiz/index.ts'
import { paths } from '@/routes/paths.ts'
import { optionLetter, optionOfKey } from './option-letter.ts'
import { QuizTimer } from './quiz-timer.tsx'

/** Keys that belong to the focused control (a button, a link, a field), not to the quiz. */
function isForAControl(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest(
      'button, a, summary, select, textarea, input:not([type="radio"]), [role="dialog"]',
    ) !== null
  )
}

/**
 * One question of a quiz played alone: choose with a click, the arrows, 1–4 or A–D; confirm with
 * Check answer or Enter (Space too, away from the options); then the right answer, a link to its
 * card, and Next.
 */
export function QuizQuestionView({
  question,
  number,
  total,
  selected,
  answer,
  revealed,
  timer,
  onSelect,
  onConfirm,
  onNext,
}: {
  question: QuizQuestion
  /** 1-based. */
  number: number
  total: number
  selected: number | undefined
  answer: QuizAnswer | undefined
  revealed: boolean
  timer: { leftMs: number; totalMs: number } | undefined
  onSelect: (option: number) => void
  onConfirm: () => void
  onNext: () => void
}) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const nextRef = useRef<HTMLButtonElement>(null)
  const last = number === total

  // A new question takes the focus (a screen reader reads it; the keys act on it); a revealed
  // answer gives it to Next, so Enter goes on.
  useEffect(() => {
    if (revealed) nextRef.current?.focus()
    else headingRef.current?.focus()
  }, [revealed, number])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      if (isForAControl(event.target)) return
      const onRadio = event.target instanceof HTMLInputElement
      const option = optionOfKey(event.key)
      if (option !== undefined && !revealed) onSelect(option)
      else if (event.key === 'Enter' || (event.key === ' ' && !onRadio))
        if (revealed) onNext()
        else onConfirm()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [revealed, onSelect, onConfirm, onNext])

  const confirm = (event: FormEvent) => {
    event.preventDefault()
    onConfirm()
  }
  const outcome = revealed ? questionOutcome(question, answer) : undefined
  const right = optionLetter(question.answerIndex)

  return (
    <section aria-labelledby="quiz-question" className="max-w-3xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="quiz-question" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          Question {number} of {total}
        </h2>
        {timer && !revealed && <QuizTimer leftMs={timer.leftMs} totalMs={timer.totalMs} />}
      </div>
      <RichTextView text={question.front} className="text-xl font-medium" />
      {!revealed ? (
        <form onSubmit={confirm} className="space-y-4">
          <RadioGroup
            legend="Your answer"
            value={selected === undefined ? '' : String(selected)}
            onChange={(value) => onSelect(Number(value))}
            options={question.options.map((option, i) => ({
              value: String(i),
              label: (
                <span className="py-1.5">
                  <span className="font-semibold">{optionLetter(i)}.</span> {option.text}
                </span>
              ),
            }))}
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant="primary" disabled={selected === undefined}>
              Check answer
            </Button>
            <p className={`text-sm ${MUTED_TEXT} touch-only:hidden`}>
              <Kbd>1</Kbd>–<Kbd>4</Kbd> choose, <Kbd>Enter</Kbd> checks
            </p>
          </div>
        </form>
      ) : (
        <div className="space-y-4">
          {outcome === 'right' && <Alert tone="success">Right: the answer is {right}.</Alert>}
          {outcome === 'wrong' && (
            <Alert tone="error">
              Wrong: you chose {optionLetter(answer as number)}; the answer is {right}.
            </Alert>
          )}
          {outcome === 'unanswered' && (
            <Alert tone="warning">Time’s up: the answer is {right}.</Alert>
          )}
          <ol aria-label="Answers" className="space-y-2">
            {question.options.map((option, i) => (
              <li key={option.cardId} className="flex gap-2">
                <span className="shrink-0 font-semibold">{optionLetter(i)}.</span>
                <span className="min-w-0 flex-1">
                  <span className={i === question.answerIndex ? 'font-semibold' : MUTED_TEXT}>
                    {option.text}
                  </span>
                  {i === question.answerIndex && (
                    <>
                      {' '}
                      <Badge tone="success">Right answer</Badge>
                    </>
                  )}
                  {i === answer && i !== question.answerIndex && (
                    <>
                      {' '}
                      <Badge tone="error">Your answer</Badge>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ol>
          <p>
            <TextLink href={paths.browse.card(question.cardId)}>
              The card, with its full answer and sources
            </TextLink>
          </p>
          <Button ref={nextRef} variant="primary" onClick={onNext}>
            {last ? 'See your score' : 'Next question'}
          </Button>
        </div>
      )}
    </section>
  )
}
