import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatAwsChangeDate, formatInstant, formatLearnerDay } from './format-date-time.ts'

// Learner day 20760 is Tuesday 3 November 2026 (days since 1 January 1970).
const NOV_3_2026 = Date.UTC(2026, 10, 3) / 86_400_000
// 23:30 on 3 November in London is already 08:30 on the 4th in Tokyo.
const LATE_ON_NOV_3 = Date.UTC(2026, 10, 3, 23, 30)
const GB = { locale: 'en-GB' }
const US = { locale: 'en-US' }

/**
 * The module, freshly loaded (its formatters are cached) with the process in another time zone:
 * a calendar date must not follow the machine's zone.
 */
const originalZone = process.env.TZ
async function inZone(zone: string) {
  process.env.TZ = zone
  vi.resetModules()
  return import('./format-date-time.ts')
}
afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ
  else process.env.TZ = originalZone
})

describe('formatInstant', () => {
  it('prints an instant on the given clock, in each style', () => {
    const tokyo = { ...GB, timeZone: 'Asia/Tokyo' }
    expect(formatInstant(LATE_ON_NOV_3, 'dateTime', tokyo)).toBe('4 Nov 2026, 08:30')
    expect(formatInstant(LATE_ON_NOV_3, 'date', tokyo)).toBe('4 Nov 2026')
    expect(formatInstant(LATE_ON_NOV_3, 'time', tokyo)).toBe('08:30')
    expect(formatInstant(LATE_ON_NOV_3, 'weekdayDate', tokyo)).toBe('Wednesday 4 November')
    expect(formatInstant(new Date(LATE_ON_NOV_3), 'date', { ...GB, timeZone: 'UTC' })).toBe(
      '3 Nov 2026',
    )
  })

  it("speaks the user's locale unless one is given", () => {
    const utc = { timeZone: 'UTC' }
    expect(formatInstant(LATE_ON_NOV_3, 'dateTime', { ...US, ...utc })).toBe(
      'Nov 3, 2026, 11:30 PM',
    )
    expect(formatInstant(LATE_ON_NOV_3, 'date', { locale: 'de-DE', ...utc })).toBe('03.11.2026')
    const userLocale = new Intl.DateTimeFormat().resolvedOptions().locale
    expect(formatInstant(LATE_ON_NOV_3, 'dateTime', utc)).toBe(
      formatInstant(LATE_ON_NOV_3, 'dateTime', { locale: userLocale, ...utc }),
    )
  })
})

describe('formatLearnerDay', () => {
  it('names a learner day by its calendar date, in the styles of the statistics', () => {
    expect(formatLearnerDay(0, 'date', GB)).toBe('1 Jan 1970')
    expect(formatLearnerDay(NOV_3_2026, 'date', GB)).toBe('3 Nov 2026')
    expect(formatLearnerDay(NOV_3_2026, 'shortWeekdayDate', GB)).toBe('Tue 3 Nov')
    expect(formatLearnerDay(NOV_3_2026, 'shortDate', GB)).toBe('3 Nov')
    expect(formatLearnerDay(NOV_3_2026, 'shortMonth', GB)).toBe('Nov')
    expect(formatLearnerDay(NOV_3_2026, 'shortWeekday', GB)).toBe('Tue')
    expect(formatLearnerDay(NOV_3_2026, 'shortWeekday', { locale: 'de-DE' })).toBe('Di')
    expect(formatLearnerDay(NOV_3_2026, 'date', US)).toBe('Nov 3, 2026')
  })

  it('keeps the day whatever the time zone of the machine', async () => {
    for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
      const { formatLearnerDay } = await inZone(zone)
      expect(formatLearnerDay(NOV_3_2026, 'date', GB)).toBe('3 Nov 2026')
    }
  })
})

describe('formatAwsChangeDate', () => {
  it('names the month, and the day when the card gives one', () => {
    expect(formatAwsChangeDate('2022-05', GB)).toBe('May 2022')
    expect(formatAwsChangeDate('2021-08-30', GB)).toBe('30 August 2021')
    expect(formatAwsChangeDate('2021-08-30', US)).toBe('August 30, 2021')
  })

  it('never shifts a day, whatever the time zone of the machine', async () => {
    const { formatAwsChangeDate } = await inZone('Pacific/Honolulu')
    expect(formatAwsChangeDate('2024-01-01', GB)).toBe('1 January 2024')
    expect(formatAwsChangeDate('2024-01', GB)).toBe('January 2024')
  })

  it('shows anything that is not a date as written', () => {
    expect(formatAwsChangeDate('early 2022', GB)).toBe('early 2022')
  })
})
