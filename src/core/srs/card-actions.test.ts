import { describe, expect, it } from 'vitest'
import { newCardState, type Flag } from './card-state.ts'
import {
  buryCard,
  clearLeech,
  isBuried,
  setFlag,
  suspendCard,
  unburyCard,
  unsuspendCard,
} from './card-actions.ts'
import { dayNumber } from './day.ts'
import { id, local, NOW, OFFSET } from './testing/srs-fixtures.ts'
import { expectSrsError } from './testing/expect-srs-error.ts'

const today = dayNumber(NOW, 4, OFFSET)
const card = newCardState(id('a'), NOW)

describe('card actions', () => {
  it('buries until the next learner day (4 am local), then the card is back', () => {
    const buried = buryCard(card, today)
    expect(buried.buriedUntilDay).toBe(today + 1)
    expect(isBuried(buried, dayNumber(local(2026, 3, 11, 3, 59), 4, OFFSET))).toBe(true)
    expect(isBuried(buried, dayNumber(local(2026, 3, 11, 4, 0), 4, OFFSET))).toBe(false)
    expect(unburyCard(buried).buriedUntilDay).toBeNull()
  })

  it('never buries and suspends at once (Anki)', () => {
    const suspended = suspendCard(buryCard(card, today))
    expect(suspended).toMatchObject({ suspended: true, buriedUntilDay: null })
    expect(buryCard(suspended, today)).toBe(suspended)
    expect(unsuspendCard(suspended).suspended).toBe(false)
  })

  it('sets flags 0–7 and refuses others', () => {
    expect(setFlag(card, 7).flag).toBe(7)
    expect(setFlag(setFlag(card, 3), 0).flag).toBe(0)
    expectSrsError(() => setFlag(card, 8 as Flag), 'INVALID_FLAG', { flag: 8 })
    expectSrsError(() => setFlag(card, 1.5 as Flag), 'INVALID_FLAG', { flag: 1.5 })
  })

  it('clears the leech tag', () => {
    expect(clearLeech({ ...card, leech: true }).leech).toBe(false)
  })
})
