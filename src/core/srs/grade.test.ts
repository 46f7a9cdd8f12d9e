import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { newCardState } from './card-state.ts'
import { gradeCard, gradeCram, previewGrades } from './grade.ts'
import { DEFAULT_FSRS_PARAMETERS as DEFAULT_W } from './optimizer.ts'
import { GRADES, type Grade } from './review-log.ts'
import { DEFAULT_SETTINGS, type SrsSettings } from './settings.ts'
import { DAY, id, MINUTE, NOW, play, reviewCard, settings } from './testing/srs-fixtures.ts'
import { expectSrsError } from './testing/expect-srs-error.ts'

describe('previewGrades', () => {
  it('labels a new card like Anki: <1m, 6m, 10m, days for Easy', () => {
    const preview = previewGrades(newCardState(id('a'), NOW), NOW, settings)
    expect([preview[1].label, preview[2].label, preview[3].label]).toEqual(['1m', '6m', '10m'])
    expect(preview[4].label).toMatch(/^\d+d$/)
    expect(preview[3].due).toBe(NOW + 10 * MINUTE)
  })

  it('shows exactly what the answer commits, with fuzz on, for the same now', () => {
    // Review cards with long intervals are where the fuzz moves the due date.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 30 * DAY }),
        fc.constantFrom(...GRADES),
        (days, late, grade) => {
          const state = reviewCard(id('c'), NOW, days)
          const now = NOW + late
          const preview = previewGrades(state, now, settings)
          const { state: after, log } = gradeCard(state, grade, now, settings)
          expect(after.fsrs.due).toBe(preview[grade].due)
          expect(after.fsrs.scheduled_days).toBe(preview[grade].scheduledDays)
          expect(log.after).toEqual(after.fsrs)
        },
      ),
      { seed: 20260310, numRuns: 200 },
    )
  })

  it('really fuzzes: the same card answered a minute apart can get different intervals', () => {
    const state = reviewCard(id('c'), NOW, 100)
    const intervals = new Set(
      Array.from(
        { length: 20 },
        (_, i) => gradeCard(state, 3, NOW + i * MINUTE, settings).state.fsrs.scheduled_days,
      ),
    )
    expect(intervals.size).toBeGreaterThan(1)
    const noFuzz: SrsSettings = { ...DEFAULT_SETTINGS, enableFuzz: false }
    const plain = new Set(
      Array.from(
        { length: 20 },
        (_, i) => gradeCard(state, 3, NOW + i * MINUTE, noFuzz).state.fsrs.scheduled_days,
      ),
    )
    expect(plain.size).toBe(1)
  })
})

describe('trained parameters (Settings → Optimize)', () => {
  it('schedule with the saved parameters, not the defaults', () => {
    // A learner whose optimizer found a first Good worth 10 days (w2), not FSRS-6's 2.3.
    const trained = [...DEFAULT_W]
    trained[2] = 10
    const withTrained: SrsSettings = { ...settings, enableFuzz: false, parameters: trained }
    const card = newCardState(id('a'), NOW)
    const learned = play(
      id('a'),
      [
        { grade: 3, at: NOW },
        { grade: 3, at: NOW + 10 * MINUTE },
      ],
      { settings: withTrained, start: card },
    ).states[2]!
    const byDefault = play(
      id('a'),
      [
        { grade: 3, at: NOW },
        { grade: 3, at: NOW + 10 * MINUTE },
      ],
      { settings: { ...settings, enableFuzz: false }, start: card },
    ).states[2]!
    expect(learned.fsrs.stability).toBeGreaterThan(byDefault.fsrs.stability)
    expect(learned.fsrs.scheduled_days).toBeGreaterThan(byDefault.fsrs.scheduled_days)
  })
})

describe('gradeCard', () => {
  it('logs the state before (ts-fsrs ReviewLog) and after the answer', () => {
    const state = reviewCard(id('r'), NOW - DAY, 10)
    const { state: after, log } = gradeCard(state, 1, NOW, settings, { durationMs: 4200 })
    expect(log).toMatchObject({
      cardId: 'r',
      kind: 'review',
      reviewedAt: NOW,
      rating: 1,
      state: 2,
      due: state.fsrs.last_review,
      previousDue: state.fsrs.due,
      stability: 10,
      scheduled_days: 10,
      durationMs: 4200,
    })
    expect(after.fsrs).toMatchObject({ state: 3, lapses: 1, reps: 6, last_review: NOW })
    expect(JSON.parse(JSON.stringify(log))).toEqual(log)
  })

  it('rejects a grade outside 1–4', () => {
    const card = newCardState(id('a'), NOW)
    for (const grade of [0, 5, 2.5, '3']) {
      expectSrsError(() => gradeCard(card, grade as Grade, NOW, settings), 'INVALID_GRADE', {
        grade,
      })
    }
  })
})

describe('leeches', () => {
  /** Graduates a card, then lapses it `n` times (Again on review, Good to relearn). */
  function lapse(n: number, s: SrsSettings) {
    let state = gradeCard(newCardState(id('l'), NOW), 4, NOW, s).state
    let t = NOW
    const events: (string | undefined)[] = []
    for (let i = 0; i < n; i++) {
      t = state.fsrs.due
      const failed = gradeCard(state, 1, t, s)
      events.push(failed.log.leechEvent?.action)
      state = failed.state
      t = state.fsrs.due
      state = gradeCard(state, 3, t, s).state
    }
    return { state, events }
  }

  it('tags the card on the 8th lapse, and again at 12 (every half threshold)', () => {
    const { state, events } = lapse(12, settings)
    expect(state.fsrs.lapses).toBe(12)
    expect(events.map((e, i) => (e ? i + 1 : 0)).filter(Boolean)).toEqual([8, 12])
    expect(state.leech).toBe(true)
    expect(state.suspended).toBe(false)
  })

  it('is not a leech at 7 lapses', () => {
    expect(lapse(7, settings).state.leech).toBe(false)
  })

  it("suspends on the 8th lapse with leechAction 'suspend'", () => {
    const { state, events } = lapse(8, { ...DEFAULT_SETTINGS, leechAction: 'suspend' })
    expect(events[7]).toBe('suspend')
    expect(state).toMatchObject({ leech: true, suspended: true })
  })
})

describe('gradeCram', () => {
  it('logs a cram answer without changing the schedule', () => {
    const state = reviewCard(id('c'), NOW + 5 * DAY, 20)
    const { log } = gradeCram(state, 1, NOW, settings)
    expect(log).toMatchObject({ kind: 'cram', rating: 1, state: 2, after: state.fsrs })
    expect(log.id).not.toBe(gradeCard(state, 1, NOW, settings).log.id)
  })
})

describe('play helper sanity', () => {
  it('walks a new card through the 1m/10m steps to review', () => {
    const { states } = play(id('p'), [
      { grade: 3, at: NOW },
      { grade: 3, at: NOW + 10 * MINUTE },
    ])
    expect(states.map((s) => s.fsrs.state)).toEqual([0, 1, 2])
  })
})
