import { describe, expect, it } from 'vitest'
import { formatDay, formatShortDay, plural, reviewsOn } from './format-stats.ts'

// Learner day 20760 is Tuesday 3 November 2026 (days since 1 January 1970).
const NOV_3_2026 = Date.UTC(2026, 10, 3) / 86_400_000

/** The date as this machine's locale prints it: the screen speaks the learner's language. */
const inLocale = (utc: number, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(utc)
const nov3 = inLocale(Date.UTC(2026, 10, 3), { dateStyle: 'medium' })

describe('statistics labels', () => {
  it('names a learner day by its calendar date, whatever the time zone', () => {
    expect(formatDay(0)).toBe(inLocale(0, { dateStyle: 'medium' }))
    expect(formatDay(NOV_3_2026)).toBe(nov3)
    expect(formatShortDay(NOV_3_2026)).toBe(
      inLocale(Date.UTC(2026, 10, 3), { weekday: 'short', day: 'numeric', month: 'short' }),
    )
  })

  it('titles heatmap cells in words', () => {
    expect(reviewsOn(12, NOV_3_2026)).toBe(`12 reviews on ${nov3}`)
    expect(reviewsOn(1, NOV_3_2026)).toBe(`1 review on ${nov3}`)
    expect(reviewsOn(0, NOV_3_2026)).toBe(`No reviews on ${nov3}`)
    expect(plural(2, 'day')).toBe('2 days')
  })
})
