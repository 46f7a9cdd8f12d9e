/**
 * Fixtures for this module's tests: a fixed zone (UTC+2) and a fixed clock, and a way to play
 * a card through a list of answers. Test-only: nothing outside tests imports `testing/`.
 */
import type { CardId } from '../../deck/card.ts'
import { newCardState, type CardSrsState } from '../card-state.ts'
import { gradeCard } from '../grade.ts'
import type { Grade, ReviewLogEntry } from '../review-log.ts'
import { DEFAULT_SETTINGS, type SrsSettings } from '../settings.ts'

/** Learner's zone in tests: UTC+2, no daylight saving. */
export const OFFSET = 120
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** Epoch ms of a local wall-clock time in the test zone (month 1-12). */
export function local(y: number, mo: number, d: number, h = 0, mi = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi) - OFFSET * MINUTE
}

/** "Now" in most tests: Tuesday 10 March 2026, 10:00 local. */
export const NOW = local(2026, 3, 10, 10, 0)

export const id = (s: string) => s as CardId

export const settings: SrsSettings = DEFAULT_SETTINGS

export interface Played {
  readonly states: readonly CardSrsState[]
  readonly logs: readonly ReviewLogEntry[]
}

/** Answers a card with `grades`, each `gapMs` (or the interval the card asked for) later. */
export function play(
  cardId: CardId,
  answers: readonly { grade: Grade; at: number }[],
  options: { settings?: SrsSettings; start?: CardSrsState } = {},
): Played {
  let state = options.start ?? newCardState(cardId, answers[0]?.at ?? NOW)
  const states = [state]
  const logs: ReviewLogEntry[] = []
  for (const { grade, at } of answers) {
    const result = gradeCard(state, grade, at, options.settings ?? settings)
    state = result.state
    states.push(state)
    logs.push(result.log)
  }
  return { states, logs }
}

/** A review-state card due at `due` with interval `days`, as if graduated long ago. */
export function reviewCard(
  cardId: CardId,
  due: number,
  days: number,
  extra: Partial<CardSrsState> = {},
): CardSrsState {
  return {
    ...newCardState(cardId, due - days * DAY),
    fsrs: {
      due,
      stability: days,
      difficulty: 5,
      elapsed_days: days,
      scheduled_days: days,
      learning_steps: 0,
      reps: 5,
      lapses: 0,
      state: 2,
      last_review: due - days * DAY,
    },
    ...extra,
  }
}

/** A (re)learning card due at `due`. */
export function learningCard(
  cardId: CardId,
  due: number,
  extra: Partial<CardSrsState> = {},
): CardSrsState {
  return {
    ...newCardState(cardId, due - 10 * MINUTE),
    fsrs: {
      due,
      stability: 2,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 1,
      reps: 1,
      lapses: 0,
      state: 1,
      last_review: due - 10 * MINUTE,
    },
    ...extra,
  }
}

export function stateMap(states: readonly CardSrsState[]): Map<CardId, CardSrsState> {
  return new Map(states.map((s) => [s.cardId, s]))
}
