import { describe, expect, it } from 'vitest'
import { formatDuration, formatPercent } from './format-quantity.ts'

describe('quantities', () => {
  it('formats rates and durations', () => {
    expect(formatPercent(null)).toBe('—')
    expect(formatPercent(0.9134, 1)).toBe('91.3%')
    expect(formatPercent(1)).toBe('100%')
    expect(formatDuration(0)).toBe('0 s')
    expect(formatDuration(44_600)).toBe('45 s')
    expect(formatDuration(12 * 60_000)).toBe('12 min')
    expect(formatDuration(65 * 60_000)).toBe('1 h 5 min')
    expect(formatDuration(120 * 60_000)).toBe('2 h')
  })
})
