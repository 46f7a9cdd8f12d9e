/**
 * A quiz played alone (issue 14, item 2): one question at a time; choose an option, confirm it,
 * see the right answer, go on; an optional timer per question; a tally at the end. Thin over
 * src/core/quiz: the core makes the questions from the seed and tallies the answers; this store
 * keeps where the player is and reads the clock. It never reads or writes study progress.
 */
import { createStore, useStore, type StoreApi } from 'zustand'
import {
  quizSeedFromNumber,
  QUIZ_OPTION_COUNT,
  type Quiz,
  type QuizAnswer,
  type QuizSeed,
} from '@/core/quiz/index.ts'

export interface QuizPlayState {
  /** The quiz being played; undefined until `start`. */
  readonly quiz: Quiz | undefined
  /** Seconds per question; undefined: no timer. */
  readonly timerSeconds: number | undefined
  /** The question shown; `quiz.questions.length` once the quiz is over (the tally). */
  readonly position: number
  /** The option chosen and not yet confirmed. */
  readonly selected: number | undefined
  /** One per question reached and answered (or timed out), by question index. */
  readonly answers: readonly (QuizAnswer | undefined)[]
  /** The current question's answer is shown. */
  readonly revealed: boolean
  /** When the current question's time runs out (ms on the store's clock); undefined: no timer. */
  readonly deadline: number | undefined
  start(quiz: Quiz, timerSeconds?: number): void
  select(option: number): void
  /** Confirms the chosen option and reveals the answer; nothing without a choice. */
  confirm(): void
  /** The timer ran out: the question counts as unanswered and its answer shows. */
  timeOut(): void
  /** The next question, or the tally after the last. */
  next(): void
  /** The same quiz again from its first question. */
  restart(): void
}

export interface QuizPlayEnv {
  /** Milliseconds, e.g. `Date.now`. */
  readonly now: () => number
}

export function createQuizPlayStore(env: QuizPlayEnv): StoreApi<QuizPlayState> {
  return createStore<QuizPlayState>()((set, get) => {
    const deadlineFrom = (timerSeconds: number | undefined) =>
      timerSeconds === undefined ? undefined : env.now() + timerSeconds * 1000
    const asking = () => {
      const { quiz, position, revealed } = get()
      return quiz !== undefined && position < quiz.questions.length && !revealed
    }
    const answer = (value: QuizAnswer) =>
      set(({ answers, position }) => {
        const next = [...answers]
        next[position] = value
        return { answers: next, revealed: true, selected: undefined, deadline: undefined }
      })
    return {
      quiz: undefined,
      timerSeconds: undefined,
      position: 0,
      selected: undefined,
      answers: [],
      revealed: false,
      deadline: undefined,
      start: (quiz, timerSeconds) =>
        set({
          quiz,
          timerSeconds,
          position: 0,
          selected: undefined,
          answers: [],
          revealed: false,
          deadline: deadlineFrom(timerSeconds),
        }),
      select: (option) => {
        if (asking() && Number.isInteger(option) && option >= 0 && option < QUIZ_OPTION_COUNT)
          set({ selected: option })
      },
      confirm: () => {
        const { selected } = get()
        if (asking() && selected !== undefined) answer(selected)
      },
      timeOut: () => {
        const { deadline } = get()
        // Only once the time is really up: a late tick of the screen's countdown cannot cut a
        // question short.
        if (asking() && deadline !== undefined && env.now() >= deadline) answer('timeout')
      },
      next: () => {
        const { quiz, position, revealed, timerSeconds } = get()
        if (!quiz || !revealed || position >= quiz.questions.length) return
        const last = position + 1 >= quiz.questions.length
        set({
          position: position + 1,
          revealed: false,
          selected: undefined,
          deadline: last ? undefined : deadlineFrom(timerSeconds),
        })
      },
      restart: () => {
        const { quiz, timerSeconds } = get()
        if (quiz) get().start(quiz, timerSeconds)
      },
    }
  })
}

/** The app's one quiz in play, on the browser's clock. */
export const quizPlayStore = createQuizPlayStore({ now: () => Date.now() })

export function useQuizPlay<T>(selector: (state: QuizPlayState) => T): T {
  return useStore(quizPlayStore, selector)
}

/**
 * A new quiz's seed, drawn from the browser's random source (the core draws nothing itself): any
 * 32-bit number, so two teachers starting a quiz at once get different quizzes.
 */
export function newQuizSeed(): QuizSeed {
  const [value] = crypto.getRandomValues(new Uint32Array(1))
  return quizSeedFromNumber(value!)
}
