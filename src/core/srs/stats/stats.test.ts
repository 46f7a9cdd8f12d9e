import { describe, expect, it } from 'vitest'
import type { CardId } from '../../deck/card.ts'
import { newCardState, newFsrsSnapshot, type FsrsStateCode } from '../card-state.ts'
import { buryCard, suspendCard } from '../card-actions.ts'
import { dayClock } from '../day.ts'
import { firstRowAtOrAfter, indexReviewLog, logsOfCard } from '../log-index.ts'
import { countToday } from '../today-counts.ts'
import type { Rating, ReviewKind, ReviewLogEntry, ReviewLogId } from '../review-log.ts'
import {
  DAY,
  id,
  learningCard,
  local,
  MINUTE,
  NOW,
  OFFSET,
  reviewCard,
  settings,
  stateMap,
} from '../testing/srs-fixtures.ts'
import { cardHistory } from './card-history.ts'
import { dueForecast } from './forecast.ts'
import { reviewHeatmap } from './heatmap.ts'
import { countsByState } from './state-counts.ts'
import { buildStatistics } from './statistics.ts'
import { trueRetention } from './true-retention.ts'

const clock = dayClock(NOW, 4, OFFSET) // Tuesday 10 March 2026, 10:00 at UTC+2

let serial = 0
/** A hand-made log entry: only the fields a statistic reads matter. */
function entry(
  cardId: string,
  reviewedAt: number,
  rating: Rating,
  more: {
    state?: FsrsStateCode
    scheduled?: number
    kind?: ReviewKind
    stability?: number
    elapsed?: number
  } = {},
): ReviewLogEntry {
  return {
    id: `log${serial++}` as ReviewLogId,
    cardId: cardId as CardId,
    kind: more.kind ?? (rating === 0 ? 'manual' : 'review'),
    reviewedAt,
    rating,
    state: more.state ?? 2,
    due: reviewedAt - DAY,
    stability: more.stability ?? 5,
    difficulty: 5,
    elapsed_days: more.elapsed ?? 1,
    last_elapsed_days: 0,
    scheduled_days: more.scheduled ?? 1,
    learning_steps: 0,
    previousDue: reviewedAt,
    after: {
      ...newFsrsSnapshot(reviewedAt),
      state: 2,
      due: reviewedAt + 3 * DAY,
      scheduled_days: 3,
      stability: 7,
      difficulty: 4.5,
    },
  }
}

describe('reviewHeatmap', () => {
  it('counts answers per learner day for the last N days', () => {
    const logs = [
      entry('a', local(2026, 3, 10, 9), 3),
      entry('b', local(2026, 3, 10, 9, 5), 1),
      entry('a', local(2026, 3, 10, 3, 30), 3), // before 4 am: Monday
      entry('c', local(2026, 3, 9, 20), 2),
      entry('c', local(2026, 3, 8, 12), 3, { kind: 'cram' }), // cram is study too
      entry('d', local(2026, 3, 4, 5), 4),
      entry('d', local(2026, 3, 4, 3), 4), // 3 March's learner day: outside the window
      entry('e', local(2026, 3, 10, 8), 0), // manual change: not an answer
    ]
    const h = reviewHeatmap(logs, clock, 7)
    expect(h.days.map((d) => d.count)).toEqual([1, 0, 0, 0, 1, 2, 2])
    expect(h.days[0]?.start).toBe(local(2026, 3, 4, 4))
    expect(h.days[6]?.day).toBe(clock.today)
    expect({ total: h.total, max: h.max, activeDays: h.activeDays }).toEqual({
      total: 6,
      max: 2,
      activeDays: 4,
    })
  })
})

describe('trueRetention', () => {
  it('counts first review-state answers per card and day; young < 21 d ≤ mature', () => {
    const logs = [
      entry('A', local(2026, 3, 1, 10), 3, { scheduled: 5 }), // young pass
      entry('A', local(2026, 3, 2, 3), 1, { scheduled: 5 }), // same learner day as above: ignored
      entry('B', local(2026, 3, 3, 10), 1, { scheduled: 10 }), // young fail
      entry('C', local(2026, 3, 4, 10), 2, { scheduled: 20 }), // Hard is a pass
      entry('D', local(2026, 3, 5, 10), 4, { scheduled: 21 }), // mature pass
      entry('E', local(2026, 3, 6, 10), 1, { scheduled: 40 }), // mature fail
      entry('F', local(2026, 3, 7, 10), 3, { scheduled: 30 }), // mature pass
      entry('G', local(2026, 2, 9, 4), 3, { scheduled: 50 }), // first moment of the 30-day window
      entry('H', local(2026, 2, 9, 3, 59), 1, { scheduled: 50 }), // just outside it
      entry('I', local(2026, 3, 8, 10), 1, { state: 1 }), // learning answer: not counted
      entry('J', local(2026, 3, 8, 10), 1, { kind: 'cram', scheduled: 30 }), // cram: not counted
    ]
    const r = trueRetention([...logs].reverse(), clock, 30)
    expect(r.young).toEqual({ passed: 2, failed: 1, rate: 2 / 3 })
    expect(r.mature).toEqual({ passed: 3, failed: 1, rate: 0.75 })
    expect(r.all).toEqual({ passed: 5, failed: 2, rate: 5 / 7 })
  })

  it('has no rate without answers', () => {
    expect(trueRetention([], clock, 30).young).toEqual({ passed: 0, failed: 0, rate: null })
  })
})

describe('dueForecast', () => {
  it('buckets scheduled cards by learner day, overdue in today', () => {
    const today = clock.today
    const s = stateMap([
      reviewCard(id('overdue'), local(2026, 3, 8, 9), 3),
      reviewCard(id('tonight'), local(2026, 3, 10, 20), 3),
      reviewCard(id('before4'), local(2026, 3, 11, 3), 3), // still today's learner day
      learningCard(id('learning'), NOW + 10 * MINUTE),
      reviewCard(id('tomorrow'), local(2026, 3, 11, 5), 3),
      buryCard(reviewCard(id('buried'), local(2026, 3, 10, 9), 3), today), // comes back tomorrow
      reviewCard(id('day4'), local(2026, 3, 14, 23), 3),
      reviewCard(id('day5'), local(2026, 3, 15, 4), 3), // beyond 5 days
      suspendCard(reviewCard(id('suspended'), local(2026, 3, 11, 9), 3)),
      reviewCard(id('removed'), local(2026, 3, 11, 9), 3, { removedFromDeck: true }),
      newCardState(id('new'), NOW),
    ])
    const f = dueForecast([...s.keys()], s, clock, 5)
    expect(f.perDay).toEqual([4, 2, 0, 0, 1])
    expect(f.total).toBe(7)
  })
})

describe('countsByState', () => {
  it('puts each deck card in one group', () => {
    const s = stateMap([
      newCardState(id('n2'), NOW),
      learningCard(id('l'), NOW),
      reviewCard(id('r1'), NOW, 3),
      reviewCard(id('r2'), NOW, 3),
      { ...learningCard(id('rl'), NOW), fsrs: { ...learningCard(id('rl'), NOW).fsrs, state: 3 } },
      suspendCard(reviewCard(id('s'), NOW, 3)),
      buryCard(learningCard(id('b'), NOW), clock.today),
      reviewCard(id('gone'), NOW, 3, { removedFromDeck: true }),
    ])
    const deck = ['n1', 'n2', 'l', 'r1', 'r2', 'rl', 's', 'b', 'gone'].map(id)
    expect(countsByState(deck, s, clock.today)).toEqual({
      new: 2,
      learning: 1,
      review: 2,
      relearning: 1,
      suspended: 1,
      buried: 1,
      total: 8,
    })
  })
})

describe('cardHistory', () => {
  it('gives grade, interval, memory state and retrievability at review time', () => {
    const logs = [
      entry('a', NOW + 20 * DAY, 3, { stability: 10, elapsed: 10 }), // shown exactly S days later
      entry('a', NOW, 3, { state: 0, stability: 0, elapsed: 0 }),
      entry('a', NOW + DAY, 1, { stability: 10, elapsed: 0 }),
    ]
    const rows = cardHistory(logs, settings)
    expect(rows.map((r) => r.reviewedAt)).toEqual([NOW, NOW + DAY, NOW + 20 * DAY])
    expect(rows[0]).toMatchObject({
      rating: 3,
      state: 0,
      retrievability: null,
      intervalDays: 3,
      stability: 7,
      difficulty: 4.5,
    })
    expect(rows[1]?.retrievability).toBe(1) // no time has passed
    // FSRS defines stability as the interval at which recall falls to 90%.
    expect(rows[2]?.retrievability).toBeCloseTo(0.9, 6)
  })
})

describe('indexReviewLog', () => {
  it('sorts by time, groups by card and finds time windows', () => {
    const logs = [entry('b', NOW + 2, 3), entry('a', NOW + 1, 3), entry('b', NOW, 3)]
    const index = indexReviewLog(logs)
    expect(Array.from(index.reviewedAt)).toEqual([NOW, NOW + 1, NOW + 2])
    expect(logsOfCard(index, id('b')).map((l) => l.reviewedAt)).toEqual([NOW, NOW + 2])
    expect(logsOfCard(index, id('a'))).toEqual([logs[1]])
    expect(logsOfCard(index, id('none'))).toEqual([])
    expect(firstRowAtOrAfter(index, NOW + 1)).toBe(1)
    expect(firstRowAtOrAfter(index, NOW + 3)).toBe(3)
  })

  it("counts today's answers the same from the index as from the entries", () => {
    const logs = [
      entry('a', local(2026, 3, 10, 3, 59), 3, { state: 0 }), // yesterday's learner day
      entry('a', local(2026, 3, 10, 4), 3, { state: 1 }),
      entry('b', local(2026, 3, 10, 9), 3, { state: 0 }),
      entry('c', local(2026, 3, 10, 9), 1, { state: 2 }),
      entry('c', local(2026, 3, 10, 9, 30), 1, { state: 2, kind: 'cram' }),
      entry('d', local(2026, 3, 11, 4), 3, { state: 2 }), // tomorrow
    ]
    const expected = { newIntroduced: 1, reviewsDone: 1, learningDone: 1 }
    expect(countToday(logs, clock)).toEqual(expected)
    expect(countToday(indexReviewLog(logs), clock)).toEqual(expected)
  })
})

describe('buildStatistics', () => {
  it('computes every statistic from one input', () => {
    const s = stateMap([reviewCard(id('r'), NOW, 3)])
    const stats = buildStatistics({
      cardIds: [id('r'), id('n')],
      states: s,
      logs: [entry('r', NOW - DAY, 3, { scheduled: 3 })],
      now: NOW,
      settings,
      utcOffsetMinutes: OFFSET,
    })
    expect(stats.heatmap.days).toHaveLength(365)
    expect(stats.heatmap.total).toBe(1)
    expect(stats.forecast.perDay).toHaveLength(30)
    expect(stats.forecast.perDay[0]).toBe(1)
    expect(stats.retention.young.passed).toBe(1)
    expect(stats.counts).toMatchObject({ new: 1, review: 1 })
  })
})
