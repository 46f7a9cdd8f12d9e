/**
 * The learner's day. Anki starts a new day at a local hour (default 4 am) so late-night study
 * counts for the evening before; ts-fsrs counts days in UTC, so queues and statistics use these
 * local-day numbers instead.
 * @see https://docs.ankiweb.net/preferences.html#next-day-starts-at
 * @see https://github.com/open-spaced-repetition/ts-fsrs/blob/main/packages/fsrs/src/help.ts (dateDiffInDays, UTC)
 */
import type { DayNumber } from './card-state.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * Minutes to ADD to UTC to get local time (+60 in Paris in winter, -300 in New York), either
 * fixed or per instant for daylight saving.
 * In a browser: `(ms) => -new Date(ms).getTimezoneOffset()`.
 */
export type UtcOffset = number | ((epochMs: number) => number)

/** A function form of the offset; per-hour memoised, since zones only change on whole hours. */
export function offsetFunction(offset: UtcOffset): (epochMs: number) => number {
  if (typeof offset === 'number') return () => offset
  const memo = new Map<number, number>()
  return (epochMs) => {
    const hour = Math.floor(epochMs / HOUR)
    let minutes = memo.get(hour)
    if (minutes === undefined) {
      minutes = offset(epochMs)
      memo.set(hour, minutes)
    }
    return minutes
  }
}

/** Day 0 began at `dayStartHour` local time on 1970-01-01. */
export function dayNumber(now: number, dayStartHour: number, utcOffset: UtcOffset): DayNumber {
  const minutes = typeof utcOffset === 'number' ? utcOffset : utcOffset(now)
  return Math.floor((now + minutes * 60_000 - dayStartHour * HOUR) / DAY) as DayNumber
}

/** Epoch ms at which `day` begins (local `dayStartHour`). */
export function startOfDay(day: number, dayStartHour: number, utcOffset: UtcOffset): number {
  const local = day * DAY + dayStartHour * HOUR
  if (typeof utcOffset === 'number') return local - utcOffset * 60_000
  // The offset depends on the instant we are looking for: refine once from a first guess.
  const guess = local - utcOffset(local) * 60_000
  return local - utcOffset(guess) * 60_000
}

/** Everything the queue and statistics need to place instants in learner days. */
export interface DayClock {
  readonly today: DayNumber
  /** Epoch ms at which today began and tomorrow begins. */
  readonly todayStart: number
  readonly tomorrowStart: number
  readonly dayOf: (epochMs: number) => DayNumber
  readonly startOf: (day: number) => number
}

export function dayClock(now: number, dayStartHour: number, utcOffset: UtcOffset): DayClock {
  const offset = offsetFunction(utcOffset)
  const fixed = typeof utcOffset === 'number'
  const today = dayNumber(now, dayStartHour, fixed ? utcOffset : offset)
  const startOf = (day: number) => startOfDay(day, dayStartHour, fixed ? utcOffset : offset)
  return {
    today,
    todayStart: startOf(today),
    tomorrowStart: startOf(today + 1),
    dayOf: (epochMs) => dayNumber(epochMs, dayStartHour, fixed ? utcOffset : offset),
    startOf,
  }
}
