import { describe, expect, it } from 'vitest'
import { dayNumber } from './day.ts'
import { gradeCram } from './grade.ts'
import {
  countOptimizerReviews,
  fsrsItemsFromLog,
  MIN_OPTIMIZER_REVIEWS,
  packFsrsItems,
} from './optimizer-items.ts'
import { resetCard } from './reset.ts'
import { id, local, OFFSET, play, settings } from './testing/srs-fixtures.ts'

/** Learner days with Anki's default day start (4 am) in the fixtures' zone (UTC+2). */
const dayOf = (ms: number) => dayNumber(ms, 4, OFFSET)

const A = id('kms-a')
const B = id('kms-b')

describe('fsrsItemsFromLog', () => {
  it('keeps the first answer with its grade and deltaT 0, and predicts each later-day answer', () => {
    const { logs } = play(A, [
      { grade: 4, at: local(2026, 3, 1, 9) },
      { grade: 3, at: local(2026, 3, 4, 9) },
      { grade: 3, at: local(2026, 3, 12, 9) },
    ])
    const { items, reviewsUsed } = fsrsItemsFromLog(logs, dayOf)
    expect(reviewsUsed).toBe(3)
    expect(items).toEqual([
      {
        reviews: [
          { rating: 4, deltaT: 0 },
          { rating: 3, deltaT: 3 },
        ],
      },
      {
        reviews: [
          { rating: 4, deltaT: 0 },
          { rating: 3, deltaT: 3 },
          { rating: 3, deltaT: 8 },
        ],
      },
    ])
  })

  it('keeps same-day answers in the history with deltaT 0 but never predicts them', () => {
    // Learning steps on day 1 (1m, 10m), then the first review two days later.
    const { logs } = play(A, [
      { grade: 1, at: local(2026, 3, 1, 9, 0) },
      { grade: 3, at: local(2026, 3, 1, 9, 1) },
      { grade: 3, at: local(2026, 3, 1, 9, 11) },
      { grade: 3, at: local(2026, 3, 3, 9, 0) },
    ])
    expect(fsrsItemsFromLog(logs, dayOf).items).toEqual([
      {
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 2 },
        ],
      },
    ])
  })

  it('counts days from the day start, not from midnight or UTC', () => {
    // 23:30 and 03:30 the next night are the same learner day (the day starts at 4 am).
    const { logs } = play(A, [
      { grade: 3, at: local(2026, 3, 1, 23, 30) },
      { grade: 3, at: local(2026, 3, 2, 3, 30) },
      { grade: 3, at: local(2026, 3, 2, 4, 30) },
    ])
    expect(fsrsItemsFromLog(logs, dayOf).items.map((i) => i.reviews.map((r) => r.deltaT))).toEqual([
      [0, 0, 1],
    ])
  })

  it('keeps relearning after a lapse: the lapse is predicted, the relearning step is history', () => {
    const { logs } = play(A, [
      { grade: 3, at: local(2026, 3, 1, 9, 0) },
      { grade: 3, at: local(2026, 3, 1, 9, 10) },
      { grade: 1, at: local(2026, 3, 5, 9, 0) }, // forgotten: relearning
      { grade: 3, at: local(2026, 3, 5, 9, 10) }, // relearning step, same day
      { grade: 3, at: local(2026, 3, 6, 9, 0) },
    ])
    expect(logs.map((l) => l.state)).toEqual([0, 1, 2, 3, 2])
    const { items } = fsrsItemsFromLog(logs, dayOf)
    expect(items.map((i) => i.reviews.map((r) => [r.rating, r.deltaT]))).toEqual([
      [
        [3, 0],
        [3, 0],
        [1, 4],
      ],
      [
        [3, 0],
        [3, 0],
        [1, 4],
        [3, 0],
        [3, 1],
      ],
    ])
  })

  it('leaves out cram answers, and history before a reset', () => {
    const first = play(A, [
      { grade: 3, at: local(2026, 3, 1, 9) },
      { grade: 3, at: local(2026, 3, 3, 9) },
    ])
    const cram = gradeCram(first.states[2]!, 1, local(2026, 3, 4, 9), settings).log
    const reset = resetCard(first.states[2]!, local(2026, 3, 5, 9))
    const after = play(
      A,
      [
        { grade: 2, at: local(2026, 3, 6, 9) },
        { grade: 3, at: local(2026, 3, 8, 9) },
      ],
      { start: reset.state },
    )
    const logs = [...first.logs, cram, reset.log, ...after.logs]
    const { items, reviewsUsed } = fsrsItemsFromLog(logs, dayOf)
    expect(reviewsUsed).toBe(2)
    expect(items).toEqual([
      {
        reviews: [
          { rating: 2, deltaT: 0 },
          { rating: 3, deltaT: 2 },
        ],
      },
    ])
  })

  it('leaves out a card whose history has no learning answer (its start is missing)', () => {
    const { logs } = play(A, [
      { grade: 3, at: local(2026, 3, 1, 9) },
      { grade: 3, at: local(2026, 3, 1, 9, 10) },
      { grade: 3, at: local(2026, 3, 4, 9) },
      { grade: 3, at: local(2026, 3, 12, 9) },
    ])
    // Only the review answers survived (an import from a log that lost its start).
    expect(fsrsItemsFromLog(logs.slice(2), dayOf)).toEqual({ items: [], reviewsUsed: 0 })
  })

  it('orders items by the answer they predict, across cards, whatever the log order', () => {
    const a = play(A, [
      { grade: 3, at: local(2026, 3, 1, 9) },
      { grade: 3, at: local(2026, 3, 5, 9) },
    ])
    const b = play(B, [
      { grade: 1, at: local(2026, 3, 2, 9) },
      { grade: 3, at: local(2026, 3, 3, 9) },
    ])
    const { items } = fsrsItemsFromLog([...a.logs, ...b.logs].reverse(), dayOf)
    expect(items.map((i) => i.reviews[0]!.rating)).toEqual([1, 3])
  })
})

describe('countOptimizerReviews', () => {
  it('counts graded answers that changed the schedule, not cram or manual entries', () => {
    const played = play(A, [
      { grade: 3, at: local(2026, 3, 1, 9) },
      { grade: 3, at: local(2026, 3, 3, 9) },
    ])
    const cram = gradeCram(played.states[2]!, 3, local(2026, 3, 4, 9), settings).log
    const reset = resetCard(played.states[2]!, local(2026, 3, 5, 9)).log
    expect(countOptimizerReviews([...played.logs, cram, reset])).toBe(2)
    expect(MIN_OPTIMIZER_REVIEWS).toBe(400)
  })
})

describe('packFsrsItems', () => {
  it('flattens items the way fsrs-browser reads them', () => {
    const packed = packFsrsItems([
      {
        reviews: [
          { rating: 4, deltaT: 0 },
          { rating: 3, deltaT: 5 },
        ],
      },
      {
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 1, deltaT: 1 },
          { rating: 3, deltaT: 1 },
        ],
      },
    ])
    expect([...packed.ratings]).toEqual([4, 3, 1, 1, 3])
    expect([...packed.deltaTs]).toEqual([0, 5, 0, 1, 1])
    expect([...packed.lengths]).toEqual([2, 3])
  })
})
