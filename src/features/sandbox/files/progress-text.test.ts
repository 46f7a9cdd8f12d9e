import { describe, expect, it } from 'vitest'
import { doneText, formatBytes, formatSeconds, progressText } from './progress-text.ts'

describe('progress text', () => {
  it('formats sizes in decimal units', () => {
    expect(formatBytes(999)).toBe('999 B')
    expect(formatBytes(1000)).toBe('1.0 kB')
    expect(formatBytes(50_000_000)).toBe('50.0 MB')
    expect(formatBytes(1_073_741_824)).toBe('1.1 GB')
  })

  it('formats time left in whole seconds, rounding up', () => {
    expect(formatSeconds(0.2)).toBe('1 s')
    expect(formatSeconds(59)).toBe('59 s')
    expect(formatSeconds(125)).toBe('2 min 5 s')
  })

  it('gives bytes, throughput and time left', () => {
    expect(progressText({ bytes: 20_000_000, total: 50_000_000, elapsedMs: 500 })).toBe(
      '20.0 MB of 50.0 MB · 40.0 MB/s · 1 s left',
    )
  })

  it('gives only bytes before any time has passed', () => {
    expect(progressText({ bytes: 0, total: 50_000_000, elapsedMs: 0 })).toBe('0 B of 50.0 MB')
  })

  it('sums up a finished file with its time and speed', () => {
    expect(doneText(50_000_000, 2500)).toBe('50.0 MB in 2.5 s (20.0 MB/s)')
  })
})
