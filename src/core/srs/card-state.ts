/**
 * The learner's per-card state: ts-fsrs's `Card` as JSON-safe numbers, plus Anki-style card
 * flags (suspended, buried, flag colour, leech). Cards without a record are simply new.
 * @see https://github.com/open-spaced-repetition/ts-fsrs/blob/main/packages/fsrs/src/models.ts
 */
import type { Card } from 'ts-fsrs'
import type { CardId } from '../deck/card.ts'

/** ts-fsrs `State` as plain numbers: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type FsrsStateCode = 0 | 1 | 2 | 3

export const STATE_NEW = 0 satisfies FsrsStateCode
export const STATE_LEARNING = 1 satisfies FsrsStateCode
export const STATE_REVIEW = 2 satisfies FsrsStateCode
export const STATE_RELEARNING = 3 satisfies FsrsStateCode

/** Anki's card flags: 0 none, 1 red, 2 orange, 3 green, 4 blue, 5 pink, 6 turquoise, 7 purple. */
export type Flag = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7
/** Anki's seven flag colours, by flag number (0: no flag). */
export const FLAG_NAMES = [
  'No flag',
  'Red',
  'Orange',
  'Green',
  'Blue',
  'Pink',
  'Turquoise',
  'Purple',
] as const satisfies Readonly<Record<Flag, string>>

/** Day number from `dayNumber()`: learner-local days, each starting at `dayStartHour`. */
export type DayNumber = number & { readonly __brand: 'DayNumber' }

/** ts-fsrs `Card` with epoch-ms numbers instead of Dates; field names kept for the optimizer. */
export interface FsrsSnapshot {
  readonly due: number
  readonly stability: number
  readonly difficulty: number
  /** Deprecated in ts-fsrs 5 (removed in 6) but kept so `rollback`-style data round-trips. */
  readonly elapsed_days: number
  readonly scheduled_days: number
  readonly learning_steps: number
  readonly reps: number
  readonly lapses: number
  readonly state: FsrsStateCode
  /** `null` until the first review (JSON has no `undefined`). */
  readonly last_review: number | null
}

export interface CardSrsState {
  readonly cardId: CardId
  readonly fsrs: FsrsSnapshot
  /** Hidden until unsuspended (Anki `@`). */
  readonly suspended: boolean
  /** Hidden while today's day number is below this (Anki bury = until the next day). */
  readonly buriedUntilDay: DayNumber | null
  readonly flag: Flag
  /** Tagged by the leech rule; stays until the learner clears it. */
  readonly leech: boolean
  /** The card left the deck: its state and history are kept but it is never scheduled. */
  readonly removedFromDeck: boolean
}

/** A brand-new card as ts-fsrs `createEmptyCard(now)` makes it. */
export function newFsrsSnapshot(now: number): FsrsSnapshot {
  return {
    due: now,
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 0,
    lapses: 0,
    state: STATE_NEW,
    last_review: null,
  }
}

export function newCardState(cardId: CardId, now: number): CardSrsState {
  return {
    cardId,
    fsrs: newFsrsSnapshot(now),
    suspended: false,
    buriedUntilDay: null,
    flag: 0,
    leech: false,
    removedFromDeck: false,
  }
}

/** No suspend, bury, flag or leech mark: nothing but the schedule tells it from a new card. */
export function hasNoMarks(state: CardSrsState): boolean {
  return !state.suspended && state.buriedUntilDay === null && state.flag === 0 && !state.leech
}

/**
 * Whether two records are the same card state, field by field (undefined: no record). Storage
 * uses it to refuse a change made from a stale copy: another tab wrote the card since.
 */
export function sameCardState(a: CardSrsState | undefined, b: CardSrsState | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  const x = a.fsrs
  const y = b.fsrs
  return (
    a.cardId === b.cardId &&
    a.suspended === b.suspended &&
    a.buriedUntilDay === b.buriedUntilDay &&
    a.flag === b.flag &&
    a.leech === b.leech &&
    a.removedFromDeck === b.removedFromDeck &&
    x.due === y.due &&
    x.stability === y.stability &&
    x.difficulty === y.difficulty &&
    x.elapsed_days === y.elapsed_days &&
    x.scheduled_days === y.scheduled_days &&
    x.learning_steps === y.learning_steps &&
    x.reps === y.reps &&
    x.lapses === y.lapses &&
    x.state === y.state &&
    x.last_review === y.last_review
  )
}

/** The stored state, or a new card's state for ids that were never reviewed. */
export function stateOrNew(
  states: ReadonlyMap<CardId, CardSrsState>,
  cardId: CardId,
  now: number,
): CardSrsState {
  return states.get(cardId) ?? newCardState(cardId, now)
}

export function toFsrsCard(s: FsrsSnapshot): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsed_days,
    scheduled_days: s.scheduled_days,
    learning_steps: s.learning_steps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    ...(s.last_review === null ? {} : { last_review: new Date(s.last_review) }),
  }
}

export function fromFsrsCard(c: Card): FsrsSnapshot {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.last_review ? c.last_review.getTime() : null,
  }
}

export function isFlag(value: unknown): value is Flag {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 7
}
