import { describe, expect, it } from 'vitest'
import { dayClock, dayNumber, offsetFunction, startOfDay } from './day.ts'
import { HOUR, local, MINUTE, OFFSET } from './testing/srs-fixtures.ts'

describe('dayNumber', () => {
  it('starts the learner day at 4 am local: 03:59 belongs to the day before', () => {
    const before = dayNumber(local(2026, 3, 10, 3, 59), 4, OFFSET)
    const at = dayNumber(local(2026, 3, 10, 4, 0), 4, OFFSET)
    const evening = dayNumber(local(2026, 3, 9, 23, 30), 4, OFFSET)
    expect(at - before).toBe(1)
    expect(before).toBe(evening)
  })

  it('counts from 1970-01-01 04:00 local', () => {
    expect(dayNumber(Date.UTC(1970, 0, 1, 4), 4, 0)).toBe(0)
    expect(dayNumber(Date.UTC(1970, 0, 1, 3, 59), 4, 0)).toBe(-1)
    expect(dayNumber(Date.UTC(1970, 0, 2, 4), 4, 0)).toBe(1)
  })

  it('uses the local offset, not UTC: 01:00 UTC is still "yesterday" in New York', () => {
    const t = Date.UTC(2026, 2, 10, 1, 0) // 20:00 on 9 March in UTC-5
    expect(dayNumber(t, 4, -300)).toBe(dayNumber(Date.UTC(2026, 2, 9, 12), 4, 0))
  })

  it('is inverted by startOfDay', () => {
    const day = dayNumber(local(2026, 3, 10, 10), 4, OFFSET)
    expect(startOfDay(day, 4, OFFSET)).toBe(local(2026, 3, 10, 4, 0))
    expect(dayNumber(startOfDay(day, 4, OFFSET), 4, OFFSET)).toBe(day)
    expect(dayNumber(startOfDay(day, 4, OFFSET) - 1, 4, OFFSET)).toBe(day - 1)
  })
})

describe('daylight saving with an offset function', () => {
  // A zone at UTC+1 that moves to UTC+2 at 01:00 UTC on 29 March 2026 (EU rule).
  const switchAt = Date.UTC(2026, 2, 29, 1)
  const zone = (ms: number) => (ms < switchAt ? 60 : 120)

  it('starts the day after the change at 4 am summer time', () => {
    const day = dayNumber(Date.UTC(2026, 2, 29, 12), 4, zone)
    expect(startOfDay(day, 4, zone)).toBe(Date.UTC(2026, 2, 29, 2)) // 04:00 at UTC+2
    expect(startOfDay(day - 1, 4, zone)).toBe(Date.UTC(2026, 2, 28, 3)) // 04:00 at UTC+1
  })

  it('memoises per hour but follows the change', () => {
    let calls = 0
    const counted = offsetFunction((ms) => {
      calls++
      return zone(ms)
    })
    expect(counted(switchAt - 1)).toBe(60)
    expect(counted(switchAt - 2)).toBe(60)
    expect(counted(switchAt)).toBe(120)
    expect(calls).toBe(2)
  })
})

describe('dayClock', () => {
  it('gives today and the cut-offs', () => {
    const clock = dayClock(local(2026, 3, 10, 2, 0), 4, OFFSET)
    expect(clock.todayStart).toBe(local(2026, 3, 9, 4, 0))
    expect(clock.tomorrowStart).toBe(local(2026, 3, 10, 4, 0))
    expect(clock.tomorrowStart - clock.todayStart).toBe(24 * HOUR)
    expect(clock.dayOf(clock.tomorrowStart - MINUTE)).toBe(clock.today)
  })
})
