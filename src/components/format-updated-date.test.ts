import { describe, expect, it } from 'vitest'
import { formatUpdatedDate } from './format-updated-date.ts'

describe('formatUpdatedDate', () => {
  it('names the month, and the day when the card gives one, whatever the time zone', () => {
    expect(formatUpdatedDate('2022-05')).toBe('May 2022')
    expect(formatUpdatedDate('2021-08-30')).toBe('30 August 2021')
    expect(formatUpdatedDate('2024-01-01')).toBe('1 January 2024')
  })
})
