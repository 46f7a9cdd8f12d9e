import { describe, expect, it } from 'vitest'
import { customStudyOf, forgottenSince, selectionTest } from './custom-study.ts'
import { id } from './testing/srs-fixtures.ts'

const CARDS = [
  { id: id('a'), tags: ['rotation'] },
  { id: id('b'), tags: ['aliases'] },
]
const selected = (study: { select?: Parameters<typeof selectionTest>[0] }) =>
  CARDS.map((c) => c.id).filter(selectionTest(study.select))

describe('customStudyOf', () => {
  it("tag: today's cards of that tag; without a tag, today's cards of the whole deck", () => {
    const tagged = customStudyOf('tag', 'rotation', CARDS)
    expect(tagged.label).toBe('cards tagged rotation')
    expect(tagged.study.mode).toBe('today')
    expect(selected(tagged.study)).toEqual([id('a')])
    const all = customStudyOf('tag', '', CARDS)
    expect(all).toMatchObject({ label: "all of today's cards", study: { mode: 'today' } })
    expect(selected(all.study)).toEqual([id('a'), id('b')])
  })

  it('cram and overdue keep to the tag when one is chosen', () => {
    const cram = customStudyOf('cram', 'aliases', CARDS)
    expect(cram).toMatchObject({
      label: 'cram · aliases (schedule unchanged)',
      study: { mode: 'cram', includeNew: true },
    })
    expect(selected(cram.study)).toEqual([id('b')])
    expect(customStudyOf('cram', '', CARDS).study).toEqual({ mode: 'cram', includeNew: true })
    const overdue = customStudyOf('overdue', 'aliases', CARDS)
    expect(overdue.label).toBe('overdue reviews · aliases')
    expect(selected(overdue.study)).toEqual([id('b')])
    expect(customStudyOf('overdue', '', CARDS)).toEqual({
      label: 'overdue reviews',
      study: { mode: 'overdue' },
    })
  })

  it("more new: today's cards with a higher new-card limit", () => {
    const more = customStudyOf('more-new', '', CARDS, { extraNew: 10 })
    expect(more.label).toBe("today's cards and 10 more new")
    expect(more.study).toMatchObject({ mode: 'today', extraNew: 10 })
    expect(selected(more.study)).toEqual([id('a'), id('b')])
  })

  it('forgotten: a cram session over the cards answered Again today, within the tag', () => {
    const forgotten = new Set([id('a'), id('b')])
    const all = customStudyOf('forgotten', '', CARDS, { forgotten })
    expect(all).toMatchObject({
      label: 'cards you forgot today (schedule unchanged)',
      study: { mode: 'cram', includeNew: false },
    })
    expect(selected(all.study)).toEqual([id('a'), id('b')])
    expect(selected(customStudyOf('forgotten', 'rotation', CARDS, { forgotten }).study)).toEqual([
      id('a'),
    ])
    expect(selected(customStudyOf('forgotten', '', CARDS).study)).toEqual([])
  })
})

describe('forgottenSince', () => {
  const log = (cardId: string, rating: number, reviewedAt: number, kind = 'review') => ({
    cardId: id(cardId),
    rating,
    reviewedAt,
    kind,
  })
  it('finds the cards answered Again since the given time, not in cram', () => {
    const ids = forgottenSince(
      [
        log('a', 1, 100),
        log('b', 1, 50),
        log('c', 3, 100),
        log('d', 1, 100, 'cram'),
        log('a', 1, 120),
      ],
      100,
    )
    expect([...ids]).toEqual([id('a')])
  })
})
