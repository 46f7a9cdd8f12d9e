/**
 * The classroom's links (issue 14): presenter mode, quizzes and handouts, built from the patterns
 * of the one route table (`ROUTES` in paths.ts). Kept apart from `paths` because `paths` is part
 * of the app's entry, which the first card pays for, and only classroom screens and "Copy link"
 * buttons build these.
 */
import type { CardId } from '@/core/deck/card.ts'
import type { SandboxScenario } from '@/core/deck/sandbox-scenarios.ts'
import type { CardQuery } from '@/core/deck/search-cards.ts'
import { browseSearch, PRESENT_PREFIX, ROUTES, type AppPath } from './paths.ts'

/** What a quiz link holds: the same link gives every device in the room the same quiz. */
export interface QuizLink {
  /** The generator's seed (`parseQuizSeed` validates it). */
  readonly seed: string
  /** How many questions; absent: the quiz screen's default. */
  readonly count?: number
  /** Ask only about cards with one of these tags; absent or empty: the whole deck. */
  readonly tags?: readonly string[]
  /** Seconds per question; absent: no timer. */
  readonly timerSeconds?: number
}

/** A quiz link's query string: `?seed=k3x9&count=10&tag=rotation&timer=30`. */
export function quizSearch(link: QuizLink): string {
  const params = new URLSearchParams({ seed: link.seed })
  if (link.count !== undefined) params.set('count', String(link.count))
  for (const tag of link.tags ?? []) params.append('tag', tag)
  if (link.timerSeconds !== undefined) params.set('timer', String(link.timerSeconds))
  return `?${params.toString()}`
}

/**
 * The inverse of `quizSearch`, undefined without a seed. Numbers are read as written; the quiz
 * screen validates them (and the seed) and says what is wrong with a bad link.
 */
export function quizLinkOf(search: string): QuizLink | undefined {
  const params = new URLSearchParams(search)
  const seed = params.get('seed')
  if (seed === null) return undefined
  const number = (name: string) => {
    const text = params.get(name)
    return text === null ? undefined : Number(text)
  }
  const count = number('count')
  const timerSeconds = number('timer')
  return {
    seed,
    tags: params.getAll('tag'),
    ...(count !== undefined && { count }),
    ...(timerSeconds !== undefined && { timerSeconds }),
  }
}

export const classroomPaths = {
  present: {
    /** A tag set or a search, one card at a time. */
    cards: (query?: CardQuery): AppPath => `${ROUTES.presentCards}${browseSearch(query)}`,
    card: (id: CardId): AppPath => `${ROUTES.presentCards}/${encodeURIComponent(id)}`,
    quiz: (link: QuizLink): AppPath => `${ROUTES.presentQuiz}${quizSearch(link)}`,
    /** A guided scenario, or the envelope walkthrough (`'envelope'`). */
    sandbox: (name: SandboxScenario): AppPath => `${PRESENT_PREFIX}/sandbox/${name}`,
  },
  quiz: (link: QuizLink): AppPath => `${ROUTES.quiz}${quizSearch(link)}`,
  /** The quiz screen without a seed: it offers to start one. */
  quizHome: (): AppPath => ROUTES.quiz,
  handout: (query?: CardQuery): AppPath => `${ROUTES.handout}${browseSearch(query)}`,
} as const
