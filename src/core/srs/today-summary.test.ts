import { describe, expect, it } from 'vitest'
import type { CardId } from '../deck/card.ts'
import { gradeCard, gradeCram } from './grade.ts'
import { newCardState } from './card-state.ts'
import { dayClock } from './day.ts'
import { indexReviewLog } from './log-index.ts'
import type { Grade, ReviewLogEntry } from './review-log.ts'
import { DEFAULT_SETTINGS } from './settings.ts'
import { todaySummary } from './today-summary.ts'

const HOUR = 3_600_000
const OFFSET = 60 // UTC+1
/** Tuesday 3 November 2026, 12:00 local; the learner day began at 04:00. */
const NOW = Date.UTC(2026, 10, 3, 12) - OFFSET * 60_000
const clock = dayClock(NOW, DEFAULT_SETTINGS.dayStartHour, OFFSET)

function answer(card: string, grade: Grade, at: number, durationMs: number): ReviewLogEntry {
  const state = newCardState(card as CardId, at)
  return gradeCard(state, grade, at, DEFAULT_SETTINGS, { durationMs }).log
}

describe("today's summary", () => {
  it('counts answers since the learner day began, the time they took and the share of Again', () => {
    const logs = [
      answer('yesterday', 1, NOW - 9 * HOUR, 5_000), // 03:00 local: still yesterday
      answer('a', 1, NOW - 7 * HOUR, 10_000), // 05:00
      answer('b', 3, NOW - 2 * HOUR, 20_000),
      gradeCram(newCardState('c' as CardId, NOW), 4, NOW - HOUR, DEFAULT_SETTINGS, {
        durationMs: 30_000,
      }).log,
      { ...answer('d', 3, NOW - HOUR, 99_000), rating: 0, kind: 'manual' } as ReviewLogEntry,
      answer('e', 2, NOW - 30 * 60_000, 0),
    ]
    const expected = { reviews: 4, cards: 4, again: 1, againRate: 0.25, timeMs: 60_000 }
    expect(todaySummary(indexReviewLog(logs), clock)).toEqual(expected)
    // The log itself gives the same (the end of a study session has no index).
    expect(todaySummary(logs, clock)).toEqual(expected)
    // Two answers to one card count it once.
    expect(todaySummary([...logs, answer('a', 3, NOW - 10 * 60_000, 1_000)], clock)).toMatchObject({
      reviews: 5,
      cards: 4,
    })
  })

  it('is the same for the log and its index', () => {
    expect(todaySummary([], clock)).toEqual(todaySummary(indexReviewLog([]), clock))
  })

  it('leaves out nothing of today', () => {
    const logs = [answer('a', 1, NOW - 7 * HOUR, 10_000)]
    expect(todaySummary(logs, clock)).toMatchObject({
      reviews: 1,
      again: 1,
      againRate: 1,
      timeMs: 10_000,
    })
  })

  it('has no again rate before the first answer', () => {
    expect(todaySummary(indexReviewLog([]), clock)).toEqual({
      reviews: 0,
      cards: 0,
      again: 0,
      againRate: null,
      timeMs: 0,
    })
  })
})
