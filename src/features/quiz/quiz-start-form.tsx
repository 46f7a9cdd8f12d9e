import { useMemo, useState, type FormEvent } from 'react'
import { useLocation } from 'wouter'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { ToggleChip } from '@/components/ui/chip.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Select } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { RadioGroup } from '@/components/ui/radio-group.tsx'
import {
  DEFAULT_QUIZ_COUNT,
  generateQuiz,
  MAX_QUIZ_COUNT,
  parseQuizSeed,
  QUIZ_TIMER_SECONDS,
  type QuizDeck,
} from '@/core/quiz/index.ts'
import { classroomPaths, type QuizLink } from '@/routes/classroom-paths.ts'
import { newQuizSeed } from '@/stores/quiz.ts'
import { useQuizDeck } from './use-quiz.ts'

const COUNTS = [5, DEFAULT_QUIZ_COUNT, 15, 20, 30, MAX_QUIZ_COUNT] as const
const TIMERS = [
  { value: 'off', label: 'Off' },
  ...QUIZ_TIMER_SECONDS.map((s) => ({ value: String(s), label: `${s} seconds` })),
] as const
/** Any seed: how many questions some tags give does not depend on it. */
const ANY_SEED = parseQuizSeed('0')!

/** Every tag of the deck with its number of cards, most used first. */
function deckTags(deck: QuizDeck): { tag: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const card of deck.cards)
    for (const tag of card.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}

/**
 * A new quiz: which tags, how many questions, a timer or not. Start draws a seed and opens the
 * quiz's link, so the address bar holds a link to this very quiz for the room or a slide.
 */
export function QuizStartForm() {
  const { deck, error } = useQuizDeck()
  const [, navigate] = useLocation()
  const [tags, setTags] = useState<readonly string[]>([])
  const [count, setCount] = useState<number>(DEFAULT_QUIZ_COUNT)
  const [timer, setTimer] = useState<string>('off')
  const allTags = useMemo(() => (deck ? deckTags(deck) : undefined), [deck])
  const available = useMemo(
    () => (deck ? generateQuiz(deck, { seed: ANY_SEED, count: 1, tags }).available : undefined),
    [deck, tags],
  )

  const link = (): QuizLink => ({
    seed: newQuizSeed(),
    count,
    tags,
    ...(timer !== 'off' && { timerSeconds: Number(timer) }),
  })
  const start = (event: FormEvent) => {
    event.preventDefault()
    navigate(classroomPaths.quiz(link()))
  }
  const toggle = (tag: string) =>
    setTags((on) => (on.includes(tag) ? on.filter((t) => t !== tag) : [...on, tag]))

  return (
    <div className="max-w-3xl space-y-4">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Quiz</h1>
        <p className={MUTED_TEXT}>
          Multiple-choice questions from the deck, each with four answers from cards of the same
          tag. Play alone, or present it to a room. A quiz never changes your study progress.
        </p>
      </div>
      {error !== undefined && <Alert tone="error">The deck did not load: {error}</Alert>}
      <form onSubmit={start} className="space-y-4">
        <fieldset className="space-y-2">
          <legend className="mb-1 text-sm font-medium">Tags (none chosen: the whole deck)</legend>
          {allTags === undefined ? (
            <p className={`text-sm ${MUTED_TEXT}`}>Loading the tags…</p>
          ) : (
            <ul className="flex flex-wrap gap-1.5">
              {allTags.map(({ tag, count: cards }) => (
                <li key={tag}>
                  <ToggleChip pressed={tags.includes(tag)} onPressedChange={() => toggle(tag)}>
                    {tag} <span className={MUTED_TEXT}>{cards}</span>
                  </ToggleChip>
                </li>
              ))}
            </ul>
          )}
          {available !== undefined && (
            <p className={`text-sm ${MUTED_TEXT}`} aria-live="polite">
              {available === 0
                ? 'These tags give no question.'
                : `${available} question${available === 1 ? '' : 's'} available.`}
            </p>
          )}
        </fieldset>
        <Field label="Number of questions" layout="inline">
          <Select compact value={count} onChange={(e) => setCount(Number(e.target.value))}>
            {COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <RadioGroup
          legend="Timer per question"
          options={TIMERS}
          value={timer}
          onChange={setTimer}
        />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="primary" disabled={available === 0 || !deck}>
            Start quiz
          </Button>
          <Button
            disabled={available === 0 || !deck}
            onClick={() => navigate(classroomPaths.present.quiz(link()))}
          >
            Present to a room
          </Button>
        </div>
      </form>
    </div>
  )
}
