/**
 * What a quiz link asks for (`/quiz?seed=k3x9&count=10&tag=rotation&timer=30`), checked before
 * any question is made: a link typed from a slide can be wrong, and the screen then says what is
 * wrong with it instead of showing some other quiz.
 */
import { parseQuizSeed, type QuizSeed } from './quiz-seed.ts'

/** The timer's choices, in seconds per question: short enough to keep a room moving. */
export const QUIZ_TIMER_SECONDS = [15, 30, 60] as const
export type QuizTimerSeconds = (typeof QUIZ_TIMER_SECONDS)[number]

/** Questions in a quiz whose link does not say (a lesson's ten-minute check). */
export const DEFAULT_QUIZ_COUNT = 10
/** The most a link may ask for: past this a quiz is a study session, which Study does better. */
export const MAX_QUIZ_COUNT = 50

/** A link's settings as read from the URL, not yet checked (numbers as written, maybe NaN). */
export interface QuizLinkSettings {
  readonly seed: string
  readonly count?: number
  readonly tags?: readonly string[]
  readonly timerSeconds?: number
}

/** A link's settings once checked: what the generator and the timer take. */
export interface QuizSettings {
  readonly seed: QuizSeed
  readonly count: number
  readonly tags: readonly string[]
  /** Absent: no timer. */
  readonly timerSeconds?: QuizTimerSeconds
}

export type QuizSettingsCheck =
  | { readonly ok: true; readonly settings: QuizSettings }
  | { readonly ok: false; readonly problems: readonly string[] }

const isTimer = (value: number): value is QuizTimerSeconds =>
  (QUIZ_TIMER_SECONDS as readonly number[]).includes(value)

/**
 * The link's settings, or every problem with them in words a teacher can act on. `knownTags`
 * (the deck's tags) lets a misspelt tag be named; without it tags are not checked.
 */
export function checkQuizSettings(
  link: QuizLinkSettings,
  knownTags?: ReadonlySet<string>,
): QuizSettingsCheck {
  const problems: string[] = []
  const seed = parseQuizSeed(link.seed)
  if (seed === undefined)
    problems.push(
      `The seed “${link.seed}” is not a quiz seed: 1 to 7 lower-case letters and digits, such as k3x9.`,
    )
  const count = link.count ?? DEFAULT_QUIZ_COUNT
  if (!Number.isInteger(count) || count < 1 || count > MAX_QUIZ_COUNT)
    problems.push(`The number of questions must be a whole number from 1 to ${MAX_QUIZ_COUNT}.`)
  const timer = link.timerSeconds
  if (timer !== undefined && !isTimer(timer))
    problems.push(`The timer must be ${QUIZ_TIMER_SECONDS.join(', ')} seconds, or left out.`)
  const tags = [...new Set(link.tags ?? [])]
  const unknown = knownTags ? tags.filter((tag) => !knownTags.has(tag)) : []
  if (unknown.length > 0)
    problems.push(
      `No card has the tag${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `“${t}”`).join(', ')}.`,
    )
  if (problems.length > 0 || seed === undefined) return { ok: false, problems }
  return {
    ok: true,
    settings: {
      seed,
      count,
      tags,
      ...(timer !== undefined && isTimer(timer) && { timerSeconds: timer }),
    },
  }
}
