import { describe, expect, it } from 'vitest'
import { newCardState } from './card-state.ts'
import { buryCard, suspendCard } from './card-actions.ts'
import { dayNumber } from './day.ts'
import { gradeCard } from './grade.ts'
import { buildQueue, interleave, type QueueInput } from './queue.ts'
import { DEFAULT_SETTINGS } from './settings.ts'
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
} from './testing/srs-fixtures.ts'

// Today is Tuesday 10 March (10:00 local, UTC+2); tomorrow's learner day starts 11 March 04:00.
const deck = ['n1', 'r1', 'l1', 'r2', 'n2', 'r3', 'l2', 'n3', 'r4', 'l3'].map(id)
const states = stateMap([
  reviewCard(id('r1'), local(2026, 3, 8, 9), 3), // two days overdue
  reviewCard(id('r2'), local(2026, 3, 11, 3, 59), 7), // due before tomorrow's 4 am: today
  reviewCard(id('r3'), local(2026, 3, 9, 12), 2),
  reviewCard(id('r4'), local(2026, 3, 11, 4, 0), 7), // tomorrow
  learningCard(id('l1'), NOW - 5 * MINUTE),
  learningCard(id('l2'), NOW - 20 * MINUTE),
  learningCard(id('l3'), NOW + 30 * MINUTE), // later today: waiting
])
const base: QueueInput = { cardIds: deck, states, now: NOW, settings, utcOffsetMinutes: OFFSET }
const ids = (input: QueueInput) => buildQueue(input).items.map((i) => i.cardId)

describe('buildQueue', () => {
  it('puts due learning cards first, then reviews by due with new cards spread among them', () => {
    const q = buildQueue(base)
    expect(q.items.map((i) => `${i.kind[0]}:${i.cardId}`)).toEqual([
      'l:l2',
      'l:l1',
      'r:r1',
      'n:n1',
      'r:r3',
      'n:n2',
      'r:r2',
      'n:n3',
    ])
    expect(q.counts).toEqual({ new: 3, learning: 2, review: 3 })
    expect(q.waiting).toEqual({ count: 1, nextDueAt: NOW + 30 * MINUTE })
    expect(q.isCram).toBe(false)
  })

  it('applies the daily limits, new cards in deck order', () => {
    const q = buildQueue({ ...base, settings: { ...settings, newPerDay: 2, reviewsPerDay: 2 } })
    expect(q.items.map((i) => i.cardId)).toEqual(['l2', 'l1', 'r1', 'n1', 'r3', 'n2'])
    expect(q.counts).toEqual({ new: 2, learning: 2, review: 2 })
  })

  it('subtracts what was done today (from the logs), not what was done yesterday', () => {
    const other = gradeCard(reviewCard(id('x'), NOW - DAY, 5), 3, local(2026, 3, 10, 8), settings)
    const fresh = gradeCard(newCardState(id('y'), NOW), 3, local(2026, 3, 10, 9), settings)
    // 03:59 today is still yesterday's learner day.
    const lastNight = gradeCard(newCardState(id('z'), NOW), 3, local(2026, 3, 10, 3, 59), settings)
    const limited = { ...settings, newPerDay: 2, reviewsPerDay: 2 }
    const q = buildQueue({
      ...base,
      settings: limited,
      todayLogs: [other.log, fresh.log, lastNight.log],
    })
    expect(q.done).toEqual({ newIntroduced: 1, reviewsDone: 1, learningDone: 0 })
    expect(q.items.map((i) => i.cardId)).toEqual(['l2', 'l1', 'r1', 'n1'])
    const exhausted = buildQueue({
      ...base,
      settings: limited,
      done: { newIntroduced: 5, reviewsDone: 2, learningDone: 0 },
    })
    expect(exhausted.items.map((i) => i.cardId)).toEqual(['l2', 'l1'])
  })

  it('uses the 4 am local cut-off: a review due 04:00 tomorrow waits until then', () => {
    const at = (now: number) => ids({ ...base, now, cardIds: [id('r4')] })
    expect(at(local(2026, 3, 11, 3, 59))).toEqual([])
    expect(at(local(2026, 3, 11, 4, 0))).toEqual(['r4'])
  })

  it('resets the new-card limit at 4 am, not at midnight', () => {
    const s = { ...settings, newPerDay: 1 }
    const log = gradeCard(newCardState(id('y'), NOW), 3, local(2026, 3, 10, 22), settings).log
    const at = (now: number) =>
      buildQueue({ ...base, cardIds: [id('n1')], settings: s, now, todayLogs: [log] }).counts.new
    expect(at(local(2026, 3, 11, 1))).toBe(0)
    expect(at(local(2026, 3, 11, 4))).toBe(1)
  })

  it('leaves out buried, suspended and removed cards; the bury ends the next day', () => {
    const today = dayNumber(NOW, 4, OFFSET)
    const hidden = new Map(states)
    hidden.set(id('r1'), buryCard(states.get(id('r1'))!, today))
    hidden.set(id('l2'), suspendCard(states.get(id('l2'))!))
    hidden.set(id('r3'), { ...states.get(id('r3'))!, removedFromDeck: true })
    hidden.set(id('n1'), buryCard(newCardState(id('n1'), NOW), today))
    expect(ids({ ...base, states: hidden })).toEqual(['l1', 'r2', 'n2', 'n3'])
    const tomorrow = local(2026, 3, 11, 4)
    expect(ids({ ...base, states: hidden, now: tomorrow })).toContain('r1')
  })

  it('ignores states of cards no longer in the deck', () => {
    expect(ids({ ...base, cardIds: [id('n1')] })).toEqual(['n1'])
  })

  it('shows learning cards early only when nothing else is left (learn ahead 20 min)', () => {
    const only = (due: number) =>
      buildQueue({ ...base, cardIds: [id('l')], states: stateMap([learningCard(id('l'), due)]) })
    const soon = only(NOW + 15 * MINUTE)
    expect(soon.items.map((i) => i.cardId)).toEqual(['l'])
    expect(soon.waiting).toEqual({ count: 0, nextDueAt: null })
    const later = only(NOW + 30 * MINUTE)
    expect(later.items).toEqual([])
    expect(later.waiting).toEqual({ count: 1, nextDueAt: NOW + 30 * MINUTE })
  })

  it('counts a failed card in Learning at once, before it is due again (Anki)', () => {
    // Two new cards failed a minute apart: each comes back after the 1-minute step.
    let s = new Map(states)
    let now = NOW
    const learningCounts: number[] = []
    for (const card of [id('n1'), id('n2')]) {
      s = new Map(s).set(card, gradeCard(newCardState(card, now), 1, now, settings).state)
      now += 10_000
      learningCounts.push(buildQueue({ ...base, states: s, now }).counts.learning)
    }
    // l1 and l2 are due; the two failed cards are not yet, but are within the learn ahead limit.
    expect(learningCounts).toEqual([3, 4])
    const q = buildQueue({ ...base, states: s, now })
    expect(q.items.filter((i) => i.kind === 'learning').map((i) => i.cardId)).toEqual(['l2', 'l1'])
    // A learning card due after the learn ahead limit (l3, in 30 minutes) is not counted yet.
    expect(q.waiting.count).toBe(3)
  })

  it("raises today's new-card limit for a custom study session (Anki: more new cards)", () => {
    const limited = { ...base, settings: { ...settings, newPerDay: 1 } }
    const count = (extraNew?: number) =>
      buildQueue({
        ...limited,
        custom: { mode: 'today', select: () => true, ...(extraNew ? { extraNew } : {}) },
      }).counts.new
    expect(count()).toBe(1)
    expect(count(2)).toBe(3)
  })

  it('counts a card that was never answered as new, and an undone one too', () => {
    const s = stateMap([newCardState(id('n2'), NOW)])
    expect(buildQueue({ ...base, cardIds: [id('n1'), id('n2')], states: s }).counts.new).toBe(2)
  })
})

describe('custom study', () => {
  const tagged = new Set(['r1', 'n2', 'r4', 'l1'].map(id))

  it('studies today’s cards of one tag, limits included', () => {
    expect(ids({ ...base, custom: { mode: 'today', select: tagged } })).toEqual(['l1', 'r1', 'n2'])
    expect(ids({ ...base, custom: { mode: 'today', select: (c) => c.startsWith('r') } })).toEqual([
      'r1',
      'r3',
      'r2',
    ])
  })

  it('overdue only: reviews due before today, most overdue first', () => {
    const q = buildQueue({ ...base, custom: { mode: 'overdue' } })
    expect(q.items.map((i) => i.cardId)).toEqual(['r1', 'r3'])
    expect(ids({ ...base, custom: { mode: 'overdue', limit: 1 } })).toEqual(['r1'])
  })

  it('cram: every selected card, due or not, and flags the queue as cram', () => {
    const q = buildQueue({ ...base, custom: { mode: 'cram', select: tagged } })
    expect(q.isCram).toBe(true)
    expect(q.items.map((i) => i.cardId)).toEqual(['r1', 'l1', 'r4', 'n2'])
    const noLimits = buildQueue({
      ...base,
      settings: { ...DEFAULT_SETTINGS, newPerDay: 0, reviewsPerDay: 0 },
      custom: { mode: 'cram', includeNew: false },
    })
    expect(noLimits.counts).toEqual({ new: 0, learning: 3, review: 4 })
  })

  it('cram ahead: only cards due within N days after today', () => {
    const s = new Map(states)
    s.set(id('far'), reviewCard(id('far'), local(2026, 3, 20, 9), 30))
    const cardIds = [...deck, id('far')]
    const within = (aheadDays: number) =>
      ids({ ...base, cardIds, states: s, custom: { mode: 'cram', aheadDays, includeNew: false } })
    expect(within(0)).not.toContain('r4')
    expect(within(1)).toContain('r4')
    expect(within(1)).not.toContain('far')
    expect(within(10)).toContain('far')
  })
})

describe('interleave', () => {
  it('spreads the second list evenly', () => {
    expect(interleave(['R', 'R', 'R', 'R'], ['N', 'N']).join('')).toBe('RNRRNR')
    expect(interleave([], ['N']).join('')).toBe('N')
    expect(interleave(['R'], []).join('')).toBe('R')
    expect(interleave(['R'], ['N', 'N', 'N']).join('')).toBe('RNNN')
  })

  it('keeps every element once', () => {
    expect(interleave([1, 2, 3], [4, 5, 6, 7, 8]).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })
})
