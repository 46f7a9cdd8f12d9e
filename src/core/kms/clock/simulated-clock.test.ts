import { describe, expect, it } from 'vitest'
import { createSimulatedClock, readClockState } from './simulated-clock.ts'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 11, 6, 5, 0)

describe('simulated clock', () => {
  it('runs with real time, and advancing moves it ahead by exactly that much', () => {
    let real = T0
    const clock = createSimulatedClock(() => real)
    expect(clock.now()).toBe(T0)
    expect(clock.advance(30 * DAY)).toBe(T0 + 30 * DAY)
    real += 60_000
    expect(clock.now()).toBe(T0 + 30 * DAY + 60_000)
    expect(clock.state()).toEqual({ offsetMs: 30 * DAY, latestMs: T0 + 30 * DAY + 60_000 })
  })

  it('continues from a stored state, as after a reload', () => {
    let real = T0
    const first = createSimulatedClock(() => real)
    first.advance(365 * DAY)
    const stored = first.state()
    real += 5_000
    const again = createSimulatedClock(() => real, stored)
    expect(again.now()).toBe(T0 + 365 * DAY + 5_000)
  })

  it('never goes backwards when the real clock is set back, now or after a reload', () => {
    let real = T0
    const clock = createSimulatedClock(() => real)
    clock.advance(DAY)
    real -= 10 * DAY
    expect(clock.now()).toBe(T0 + DAY)
    expect(clock.advance(DAY)).toBe(T0 + 2 * DAY)
    const reloaded = createSimulatedClock(() => real - DAY, clock.state())
    expect(reloaded.now()).toBe(T0 + 2 * DAY)
  })

  it('refuses to advance by nothing, a negative or a non-finite amount', () => {
    const clock = createSimulatedClock(() => T0)
    for (const ms of [0, -DAY, Number.NaN, Infinity]) {
      expect(() => clock.advance(ms)).toThrow(RangeError)
    }
    expect(clock.now()).toBe(T0)
  })

  it('reads a damaged stored state as no offset, keeping what is valid', () => {
    expect(readClockState(undefined)).toEqual({ offsetMs: 0, latestMs: 0 })
    expect(readClockState({ offsetMs: -5, latestMs: 'x' })).toEqual({ offsetMs: 0, latestMs: 0 })
    expect(readClockState({ offsetMs: DAY, latestMs: T0 })).toEqual({ offsetMs: DAY, latestMs: T0 })
  })
})
