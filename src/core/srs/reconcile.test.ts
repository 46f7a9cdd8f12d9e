import { describe, expect, it } from 'vitest'
import { reconcileWithDeck } from './reconcile.ts'
import { DAY, id, NOW, reviewCard, stateMap } from './testing/srs-fixtures.ts'

describe('reconcileWithDeck', () => {
  const a = reviewCard(id('a'), NOW + DAY, 4)
  const b = reviewCard(id('b'), NOW + 2 * DAY, 9, { flag: 2 })

  it('hides removed cards but keeps their state; new ids need no record', () => {
    const r = reconcileWithDeck(stateMap([a, b]), [id('a'), id('c')])
    expect(r.removed).toEqual(['b'])
    expect(r.added).toEqual(['c'])
    expect(r.restored).toEqual([])
    expect(r.states.get(id('b'))).toEqual({ ...b, removedFromDeck: true })
    expect(r.states.get(id('a'))).toBe(a) // an edited card keeps its schedule: same id, same record
    expect(r.states.has(id('c'))).toBe(false)
    expect(r.changed).toEqual([{ ...b, removedFromDeck: true }])
  })

  it('restores a card that comes back, with its old schedule', () => {
    const gone = reconcileWithDeck(stateMap([a, b]), [id('a')]).states
    const back = reconcileWithDeck(gone, [id('a'), id('b')])
    expect(back.restored).toEqual(['b'])
    expect(back.states.get(id('b'))).toEqual(b)
  })

  it('writes nothing when the deck did not change', () => {
    expect(reconcileWithDeck(stateMap([a, b]), [id('a'), id('b')]).changed).toEqual([])
  })
})
