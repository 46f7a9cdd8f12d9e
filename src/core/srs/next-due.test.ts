import { describe, expect, it } from 'vitest'
import { newCardState } from './card-state.ts'
import { buryCard, suspendCard } from './card-actions.ts'
import { dayNumber } from './day.ts'
import { nextDueAfterToday, type NextDueInput } from './next-due.ts'
import {
  id,
  learningCard,
  local,
  NOW,
  OFFSET,
  reviewCard,
  settings,
  stateMap,
} from './testing/srs-fixtures.ts'

const base = (states: NextDueInput['states'], cardIds = [...states.keys()]): NextDueInput => ({
  cardIds,
  states,
  now: NOW,
  settings,
  utcOffsetMinutes: OFFSET,
})

describe('nextDueAfterToday', () => {
  it('says tomorrow at 4:00 for a review due tomorrow afternoon or before 4 am', () => {
    const s = stateMap([
      reviewCard(id('a'), local(2026, 3, 11, 15), 3),
      reviewCard(id('b'), local(2026, 3, 12, 3, 30), 3), // still the learner day of 11 March
      reviewCard(id('c'), local(2026, 3, 14, 9), 3),
    ])
    const { next, newCardsLeft } = nextDueAfterToday(base(s))
    expect(next).toEqual({
      day: dayNumber(NOW, 4, OFFSET) + 1,
      inDays: 1,
      availableAt: local(2026, 3, 11, 4),
      count: 2,
    })
    expect(newCardsLeft).toBe(false)
  })

  it('counts in days, skips suspended cards and reports remaining new cards', () => {
    const s = stateMap([
      suspendCard(reviewCard(id('a'), local(2026, 3, 11, 15), 3)),
      reviewCard(id('c'), local(2026, 3, 14, 9), 3),
    ])
    const { next, newCardsLeft } = nextDueAfterToday(base(s, [id('a'), id('c'), id('n')]))
    expect(next?.inDays).toBe(4)
    expect(newCardsLeft).toBe(true)
  })

  it('uses a learning card’s own due time, and a bury’s end day', () => {
    const today = dayNumber(NOW, 4, OFFSET)
    const s = stateMap([
      learningCard(id('l'), local(2026, 3, 11, 9, 30)),
      buryCard(reviewCard(id('r'), local(2026, 3, 10, 8), 3), today), // due today, buried
    ])
    expect(nextDueAfterToday(base(s)).next).toMatchObject({
      inDays: 1,
      count: 2,
      availableAt: local(2026, 3, 11, 4),
    })
    const onlyLearning = stateMap([learningCard(id('l'), local(2026, 3, 11, 9, 30))])
    expect(nextDueAfterToday(base(onlyLearning)).next?.availableAt).toBe(local(2026, 3, 11, 9, 30))
  })

  it('returns null when nothing is scheduled', () => {
    const s = stateMap([newCardState(id('n'), NOW)])
    expect(nextDueAfterToday(base(s))).toEqual({ next: null, newCardsLeft: true })
  })
})
