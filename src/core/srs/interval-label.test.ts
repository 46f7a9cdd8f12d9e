import { describe, expect, it } from 'vitest'
import { formatInterval } from './interval-label.ts'
import { DAY, HOUR, MINUTE } from './testing/srs-fixtures.ts'

describe('formatInterval', () => {
  it.each([
    [30_000, '<1m'],
    [MINUTE, '1m'],
    [6 * MINUTE, '6m'],
    [10 * MINUTE, '10m'],
    [90 * MINUTE, '1.5h'],
    [2 * HOUR, '2h'],
    [DAY, '1d'],
    [3 * DAY, '3d'],
    [63 * DAY, '2.1mo'],
    [438 * DAY, '1.2y'],
  ])('%d ms → %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label)
  })
})
