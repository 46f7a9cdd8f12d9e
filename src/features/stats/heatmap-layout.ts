/**
 * The calendar heatmap's grid: weeks as columns (Monday on top), like GitHub's and Anki's
 * calendars. The window is whole weeks, so the first column is full and the last one ends today.
 */
import type { HeatmapDay } from '@/core/srs/statistics.ts'

/** About six months. */
export const HEATMAP_WEEKS = 26
export const HEATMAP_LEVELS = 4

const DAY_MS = 86_400_000

/** The calendar month (0 to 11) of a learner day: the day number is already local, so UTC. */
function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth()
}

/** Monday 0 … Sunday 6 for a learner day number (day 0, 1 January 1970, was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7
}

/** How many days the heatmap shows: the full weeks before this one, then this week to today. */
export function heatmapDayCount(today: number, weeks = HEATMAP_WEEKS): number {
  return (weeks - 1) * 7 + weekdayOf(today) + 1
}

/** 0 for no review, then 1…4 in equal steps of the busiest day (a few busy days stay visible). */
export function heatmapLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0
  return Math.min(HEATMAP_LEVELS, Math.max(1, Math.ceil((count / max) * HEATMAP_LEVELS)))
}

export interface HeatmapCell extends HeatmapDay {
  readonly week: number
  readonly weekday: number
  readonly level: number
}

export interface HeatmapGrid {
  readonly cells: readonly HeatmapCell[]
  readonly weeks: number
  /** The columns where a month begins, each with its top day, whose month names the column. */
  readonly months: readonly { readonly week: number; readonly day: number }[]
}

export function layoutHeatmap(days: readonly HeatmapDay[], max: number): HeatmapGrid {
  const first = days[0]
  if (!first) return { cells: [], weeks: 0, months: [] }
  const offset = weekdayOf(first.day)
  const cells = days.map((d, i) => ({
    ...d,
    week: Math.floor((i + offset) / 7),
    weekday: weekdayOf(d.day),
    level: heatmapLevel(d.count, max),
  }))
  const weeks = (cells[cells.length - 1]?.week ?? 0) + 1
  const months: { week: number; day: number }[] = []
  let previous = -1
  for (const [i, cell] of cells.entries()) {
    // A column is labelled with the month of its top day, when that month differs from the last.
    if (cell.weekday !== 0 && i !== 0) continue
    const month = monthOf(cell.day)
    if (month === previous) continue
    previous = month
    // Two labels closer than 3 columns overlap: the later month wins (the first is a sliver).
    const last = months[months.length - 1]
    if (last && cell.week - last.week < 3) months.pop()
    months.push({ week: cell.week, day: cell.day })
  }
  return { cells, weeks, months }
}
