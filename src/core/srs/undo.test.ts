import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { newCardState, type CardSrsState } from './card-state.ts'
import { gradeCard, gradeCram } from './grade.ts'
import { buildQueue } from './queue.ts'
import { resetCard } from './reset.ts'
import type { Grade, ReviewLogEntry } from './review-log.ts'
import { DEFAULT_SETTINGS } from './settings.ts'
import {
  DAY,
  id,
  MINUTE,
  NOW,
  OFFSET,
  reviewCard,
  settings,
  stateMap,
} from './testing/srs-fixtures.ts'
import { undoReview } from './undo.ts'
import { expectSrsError } from './testing/expect-srs-error.ts'

describe('undoReview', () => {
  it('undoes several answers in a row, restoring exact states and queue counts', () => {
    const deck = [id('r1'), id('r2'), id('n1'), id('n2')]
    const states = stateMap([
      reviewCard(id('r1'), NOW - 2 * DAY, 5),
      reviewCard(id('r2'), NOW - DAY, 9),
    ])
    const logs: ReviewLogEntry[] = []
    const queue = () =>
      buildQueue({
        cardIds: deck,
        states,
        todayLogs: logs,
        now: NOW + logs.length * MINUTE,
        settings,
        utcOffsetMinutes: OFFSET,
      })
    const history: { states: Map<string, CardSrsState>; counts: unknown; done: unknown }[] = []
    const answers: Grade[] = [3, 1, 3, 4]
    for (const grade of answers) {
      const q = queue()
      history.push({ states: new Map(states), counts: q.counts, done: q.done })
      const next = q.items[0]
      if (!next) throw new Error('queue ran dry')
      const now = NOW + logs.length * MINUTE
      const result = gradeCard(
        states.get(next.cardId) ?? newCardState(next.cardId, now),
        grade,
        now,
        settings,
      )
      states.set(next.cardId, result.state)
      logs.push(result.log)
    }
    expect(queue().done).toEqual({ newIntroduced: 2, reviewsDone: 2, learningDone: 0 })
    while (logs.length > 0) {
      const log = logs.pop() as ReviewLogEntry
      const before = undoReview(states.get(log.cardId) as CardSrsState, log)
      if (before.fsrs.reps === 0) states.delete(log.cardId)
      else states.set(log.cardId, before)
      const expected = history[logs.length]
      if (!expected) throw new Error('missing history')
      const restored = expected.states.get(log.cardId) ?? newCardState(log.cardId, log.previousDue)
      expect(before).toEqual(restored)
      const q = queue()
      expect(q.counts).toEqual(expected.counts)
      expect(q.done).toEqual(expected.done)
    }
  })

  it('restores any sequence of answers and resets, newest first (property)', () => {
    const answer = fc.record({
      grade: fc.constantFrom<Grade>(1, 2, 3, 4),
      gap: fc.integer({ min: 0, max: 60 * DAY }),
      reset: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 30 }), (answers) => {
        let state = newCardState(id('p'), NOW)
        let t = NOW
        const steps: { before: CardSrsState; log: ReviewLogEntry }[] = []
        for (const { grade, gap, reset } of answers) {
          t += gap
          const result =
            reset && grade === 4
              ? resetCard(state, t)
              : gradeCard(state, grade, t, { ...DEFAULT_SETTINGS, leechThreshold: 2 })
          steps.push({ before: state, log: result.log })
          state = result.state
        }
        for (const { before, log } of steps.reverse()) {
          state = undoReview(state, log)
          expect(state).toEqual(before)
        }
      }),
      { seed: 42, numRuns: 150 },
    )
  })

  it('puts back what the leech rule changed', () => {
    const leechy: CardSrsState = {
      ...reviewCard(id('l'), NOW, 3),
      fsrs: { ...reviewCard(id('l'), NOW, 3).fsrs, lapses: 7 },
    }
    const s = { ...DEFAULT_SETTINGS, leechAction: 'suspend' as const }
    const { state, log } = gradeCard(leechy, 1, NOW, s)
    expect(state).toMatchObject({ leech: true, suspended: true })
    expect(undoReview(state, log)).toEqual(leechy)
  })

  it('refuses to undo an answer that is not the latest', () => {
    const first = gradeCard(newCardState(id('a'), NOW), 3, NOW, settings)
    const second = gradeCard(first.state, 3, NOW + 10 * MINUTE, settings)
    expectSrsError(() => undoReview(second.state, first.log), 'UNDO_NOT_LATEST', {
      logId: first.log.id,
      cardId: id('a'),
    })
    expectSrsError(() => undoReview(newCardState(id('b'), NOW), first.log), 'UNDO_WRONG_CARD', {
      logId: first.log.id,
      logCardId: id('a'),
      cardId: id('b'),
    })
  })

  it('resets a card to new but keeps its counts; undo brings the schedule back', () => {
    const card = reviewCard(id('r'), NOW + DAY, 30, { flag: 2 })
    const { state, log } = resetCard(card, NOW)
    expect(state.fsrs).toMatchObject({ state: 0, due: NOW, stability: 0, reps: 5, lapses: 0 })
    expect(state.flag).toBe(2)
    expect(log).toMatchObject({ kind: 'manual', rating: 0, state: 2, scheduled_days: 30 })
    expect(
      buildQueue({
        cardIds: [id('r')],
        states: stateMap([state]),
        now: NOW,
        settings,
        utcOffsetMinutes: OFFSET,
      }).counts.new,
    ).toBe(1)
    expect(undoReview(state, log)).toEqual(card)
  })

  it('leaves the card alone when undoing a cram answer', () => {
    const card = reviewCard(id('c'), NOW + DAY, 4)
    expect(undoReview(card, gradeCram(card, 2, NOW, settings).log)).toBe(card)
  })
})
