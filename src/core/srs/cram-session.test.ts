import { describe, expect, it } from 'vitest'
import { suspendCard } from './card-actions.ts'
import { newCardState } from './card-state.ts'
import { afterCramAnswer, cramPreview, cramQueue, startCram } from './cram-session.ts'
import { dayNumber } from './day.ts'
import { buildQueue } from './queue.ts'
import { id, NOW, OFFSET, reviewCard, settings, stateMap, DAY } from './testing/srs-fixtures.ts'

const deck = ['a', 'b', 'c'].map(id)
const states = stateMap([
  reviewCard(id('a'), NOW + 5 * DAY, 8),
  reviewCard(id('b'), NOW + 2 * DAY, 4),
])
const today = dayNumber(NOW, settings.dayStartHour, OFFSET)
const cram = buildQueue({
  cardIds: deck,
  states,
  now: NOW,
  settings,
  utcOffsetMinutes: OFFSET,
  custom: { mode: 'cram', includeNew: true },
})
const order = (session: ReturnType<typeof startCram>) => session.items.map((i) => i.cardId)

describe('a cram session', () => {
  it('takes the cram queue once: reviews by due, then new cards', () => {
    expect(order(startCram(cram))).toEqual(['b', 'a', 'c'])
  })

  it('moves on after each answer, and ends when every card is done', () => {
    let session = startCram(cram)
    session = afterCramAnswer(session, id('b'), 3)
    expect(order(session)).toEqual(['a', 'c'])
    session = afterCramAnswer(session, id('a'), 1) // Again: back of the line
    expect(order(session)).toEqual(['c', 'a'])
    session = afterCramAnswer(session, id('c'), 4)
    session = afterCramAnswer(session, id('a'), 2)
    expect(order(session)).toEqual([])
    expect(cramQueue(session, states, today, cram).items).toEqual([])
  })

  it('is a cram queue with counts, leaving out cards suspended since it began', () => {
    const session = startCram(cram)
    const hidden = new Map(states).set(id('c'), suspendCard(newCardState(id('c'), NOW)))
    const queue = cramQueue(session, hidden, today, cram)
    expect(queue.isCram).toBe(true)
    expect(queue.items.map((i) => i.cardId)).toEqual(['b', 'a'])
    expect(queue.counts).toEqual({ new: 0, learning: 0, review: 2 })
  })

  it('gives the answer buttons no interval: Again comes back, the others are done', () => {
    const preview = cramPreview(NOW)
    expect([1, 2, 3, 4].map((g) => preview[g as 1 | 2 | 3 | 4].label)).toEqual([
      'again soon',
      'done',
      'done',
      'done',
    ])
    expect(preview[3]).toMatchObject({ due: NOW, intervalMs: 0, scheduledDays: 0 })
  })
})
