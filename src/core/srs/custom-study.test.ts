import { describe, expect, it } from 'vitest'
import { customStudyOf, selectionTest } from './custom-study.ts'
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
})
