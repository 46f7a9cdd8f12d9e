import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { newCardState, type CardSrsState } from './card-state.ts'
import { gradeCard, gradeCram } from './grade.ts'
import { rebuildStateFromLog, replayLog } from './rebuild.ts'
import { resetCard } from './reset.ts'
import type { Grade, ReviewLogEntry } from './review-log.ts'
import { DEFAULT_SETTINGS, type SrsSettings } from './settings.ts'
import { DAY, HOUR, id, NOW, settings } from './testing/srs-fixtures.ts'

const cards = [id('a'), id('b'), id('c')]
const event = fc.record({
  card: fc.integer({ min: 0, max: cards.length - 1 }),
  grade: fc.constantFrom<Grade>(1, 2, 3, 4),
  gap: fc.integer({ min: 1, max: 40 * DAY }),
  cram: fc.boolean(),
  reset: fc.boolean(),
})

/** Runs interleaved answers on three cards; returns stored states and the shuffled-in log. */
interface Answer {
  readonly card: number
  readonly grade: Grade
  readonly gap: number
  readonly cram: boolean
  readonly reset: boolean
}

function simulate(events: readonly Answer[], s: SrsSettings) {
  const states = new Map<string, CardSrsState>()
  const logs: ReviewLogEntry[] = []
  let t = NOW
  for (const e of events) {
    t += e.gap
    const cardId = cards[e.card] ?? id('a')
    const state = states.get(cardId) ?? newCardState(cardId, t)
    if (e.cram) {
      logs.push(gradeCram(state, e.grade, t, s).log)
      continue
    }
    if (e.reset && e.grade === 4 && states.has(cardId)) {
      const reset = resetCard(state, t)
      states.set(cardId, reset.state)
      logs.push(reset.log)
      continue
    }
    const result = gradeCard(state, e.grade, t, s)
    states.set(cardId, result.state)
    logs.push(result.log)
  }
  return { states, logs }
}

describe('rebuildStateFromLog', () => {
  const lowLeech: SrsSettings = { ...DEFAULT_SETTINGS, leechThreshold: 2, leechAction: 'suspend' }

  it('equals the incrementally stored state after random answers (property)', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const { states, logs } = simulate(events, lowLeech)
        // Storage may hand the log back in any order.
        const shuffled = [...logs].reverse()
        for (const cardId of cards) {
          expect(rebuildStateFromLog(cardId, shuffled) ?? undefined).toEqual(states.get(cardId))
        }
      }),
      { seed: 7, numRuns: 200 },
    )
  })

  it('re-grading the log with unchanged settings gives the same state, fuzz too (property)', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const { states, logs } = simulate(events, lowLeech)
        for (const cardId of cards) {
          expect(replayLog(cardId, logs, lowLeech) ?? undefined).toEqual(states.get(cardId))
        }
      }),
      { seed: 11, numRuns: 100 },
    )
  })

  it('replays with new settings to reschedule (higher retention → shorter interval)', () => {
    const a = id('a')
    let state = newCardState(a, NOW)
    const logs: ReviewLogEntry[] = []
    for (const [grade, at] of [
      [3, NOW],
      [3, NOW + HOUR],
      [3, NOW + 5 * DAY],
    ] as const) {
      const r = gradeCard(state, grade, at, settings)
      state = r.state
      logs.push(r.log)
    }
    const strict = replayLog(a, logs, {
      ...DEFAULT_SETTINGS,
      desiredRetention: 0.97,
      enableFuzz: false,
    })
    expect(strict?.fsrs.scheduled_days).toBeLessThan(state.fsrs.scheduled_days)
  })

  it('keeps flags and manual suspension from the stored record when given one', () => {
    const a = id('a')
    const { state, log } = gradeCard(newCardState(a, NOW), 3, NOW, settings)
    // The stored schedule is stale (the card as new): the rebuild takes it from the log.
    const stored = { ...newCardState(a, NOW), flag: 3 as const, suspended: true }
    expect(rebuildStateFromLog(a, [log], stored)).toEqual({ ...state, flag: 3, suspended: true })
    expect(rebuildStateFromLog(id('never'), [log])).toBeNull()
  })
})
