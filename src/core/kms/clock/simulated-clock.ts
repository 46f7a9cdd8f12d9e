/**
 * The sandbox account's clock: real time moved ahead by an offset the learner chose ("advance 30
 * days"), so automatic rotations fall due and deletion windows end without waiting a year. The
 * simulator reads it as its `now()` (see createKms), and applies what fell due lazily.
 *
 * It never runs backwards: not when the learner's computer clock is set back, nor after a reload
 * (the last time it showed is kept with the offset). AWS dates a rotation or a deletion once, so
 * a clock going back would show a key created after its own rotation.
 */

/** What the sandbox keeps of its clock between visits. */
export interface ClockState {
  /** How far ahead of real time the account runs, in ms; never negative. */
  readonly offsetMs: number
  /** The latest time the clock gave (epoch ms): it never gives an earlier one. */
  readonly latestMs: number
}

export interface SimulatedClock {
  /** Epoch ms in the sandbox account. */
  now(): number
  /** Moves the clock `ms` ahead (a positive, finite number of ms) and returns the new time. */
  advance(ms: number): number
  /** What to persist so a reload continues at the same time. */
  state(): ClockState
}

export const NO_OFFSET: ClockState = { offsetMs: 0, latestMs: 0 }

/** A stored state from an older or damaged record becomes a valid one (no offset at worst). */
export function readClockState(value: unknown): ClockState {
  if (typeof value !== 'object' || value === null) return NO_OFFSET
  const { offsetMs, latestMs } = value as Partial<Record<keyof ClockState, unknown>>
  const valid = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0
  return { offsetMs: valid(offsetMs) ? offsetMs : 0, latestMs: valid(latestMs) ? latestMs : 0 }
}

export function createSimulatedClock(
  realNow: () => number,
  initial: ClockState = NO_OFFSET,
): SimulatedClock {
  let { offsetMs, latestMs } = readClockState(initial)
  const now = () => {
    latestMs = Math.max(latestMs, realNow() + offsetMs)
    return latestMs
  }
  return {
    now,
    advance(ms) {
      if (!(Number.isFinite(ms) && ms > 0)) throw new RangeError(`cannot advance by ${ms} ms`)
      // From the time shown, not from real time: after the real clock went back, advancing one
      // day still shows one more day than before.
      const from = now()
      offsetMs = from + ms - realNow()
      return now()
    },
    state: () => ({ offsetMs, latestMs: now() }),
  }
}
