import { describe, expect, it } from 'vitest'
import { localIsoTime } from './local-iso-time.ts'

// aws-cli.md §4.1, observed with TZ=UTC, America/Los_Angeles and Asia/Kolkata.
describe('localIsoTime', () => {
  it('prints UTC with microseconds', () => {
    expect(localIsoTime(1764845462.345, () => 0)).toBe('2025-12-04T10:51:02.345000+00:00')
  })
  it('prints a negative offset', () => {
    expect(localIsoTime(1764845462.345, () => -480)).toBe('2025-12-04T02:51:02.345000-08:00')
  })
  it('prints a half-hour offset', () => {
    expect(localIsoTime(1764845462.345, () => 330)).toBe('2025-12-04T16:21:02.345000+05:30')
  })
  it('leaves out a zero fraction', () => {
    expect(localIsoTime(1767437462.0, () => 0)).toBe('2026-01-03T10:51:02+00:00')
  })
})
