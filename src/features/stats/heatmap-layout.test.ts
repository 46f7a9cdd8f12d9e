import { describe, expect, it } from 'vitest'
import type { HeatmapDay } from '@/core/srs/statistics.ts'
import type { DayNumber } from '@/core/srs/first-screen.ts'
import {
  HEATMAP_WEEKS,
  heatmapDayCount,
  heatmapLevel,
  layoutHeatmap,
  weekdayOf,
} from './heatmap-layout.ts'

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000

function days(first: number, count: number, countOf = (_d: number) => 0): HeatmapDay[] {
  return Array.from({ length: count }, (_, i) => ({
    day: (first + i) as DayNumber,
    start: 0,
    count: countOf(first + i),
  }))
}

describe('heatmap layout', () => {
  it('knows the weekday of a day number, Monday first', () => {
    expect(weekdayOf(0)).toBe(3) // Thursday 1 January 1970
    expect(weekdayOf(day(2026, 11, 2))).toBe(0) // a Monday
    expect(weekdayOf(day(2026, 11, 8))).toBe(6) // a Sunday
    expect(weekdayOf(-1)).toBe(2)
  })

  it('shows whole weeks ending with today', () => {
    expect(heatmapDayCount(day(2026, 11, 2))).toBe((HEATMAP_WEEKS - 1) * 7 + 1)
    expect(heatmapDayCount(day(2026, 11, 8))).toBe(HEATMAP_WEEKS * 7)
    const today = day(2026, 11, 4) // Wednesday
    const grid = layoutHeatmap(days(today - heatmapDayCount(today) + 1, heatmapDayCount(today)), 0)
    expect(grid.weeks).toBe(HEATMAP_WEEKS)
    expect(grid.cells[0]).toMatchObject({ week: 0, weekday: 0 })
    expect(grid.cells[grid.cells.length - 1]).toMatchObject({ week: HEATMAP_WEEKS - 1, weekday: 2 })
  })

  it('labels the columns where a month begins, the later of two close ones', () => {
    const grid = layoutHeatmap(days(day(2026, 9, 7), 7 * 8), 0) // from Monday 7 September
    expect(grid.months).toEqual([
      { week: 0, day: day(2026, 9, 7) },
      { week: 4, day: day(2026, 10, 5) }, // the first Monday of October tops the column
    ])
    const sliver = layoutHeatmap(days(day(2026, 9, 28), 7 * 8), 0) // 3 days of September
    expect(sliver.months).toEqual([
      { week: 1, day: day(2026, 10, 5) },
      { week: 5, day: day(2026, 11, 2) },
    ])
  })

  it('shades by share of the busiest day', () => {
    expect(heatmapLevel(0, 10)).toBe(0)
    expect(heatmapLevel(1, 10)).toBe(1)
    expect(heatmapLevel(5, 10)).toBe(2)
    expect(heatmapLevel(6, 10)).toBe(3)
    expect(heatmapLevel(10, 10)).toBe(4)
    const grid = layoutHeatmap(
      days(day(2026, 11, 2), 2, (d) => (d === day(2026, 11, 3) ? 3 : 0)),
      3,
    )
    expect(grid.cells.map((c) => c.level)).toEqual([0, 4])
  })
})
