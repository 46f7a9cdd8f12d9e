import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { needsProgress, parseSearch, tagMatches, type SearchTerm } from './search-syntax.ts'

function terms(text: string): readonly SearchTerm[] {
  const parsed = parseSearch(text)
  if (!parsed.ok) throw new Error(`expected "${text}" to parse: ${parsed.message}`)
  return parsed.terms
}

function problem(text: string): string {
  const parsed = parseSearch(text)
  if (parsed.ok) throw new Error(`expected "${text}" to be refused`)
  return parsed.message
}

describe('parseSearch', () => {
  it('reads every card state, flag, tag and property term', () => {
    expect(terms('is:new is:learn is:review is:due is:suspended is:buried is:leech')).toEqual(
      ['new', 'learn', 'review', 'due', 'suspended', 'buried', 'leech'].map((state) => ({
        negated: false,
        test: { kind: 'is', state },
      })),
    )
    expect(terms('flag:0 flag:7').map((t) => t.test)).toEqual([
      { kind: 'flag', flag: 0 },
      { kind: 'flag', flag: 7 },
    ])
    expect(terms('tag:Rotation tag:key-*').map((t) => t.test)).toEqual([
      { kind: 'tag', tag: 'rotation' },
      { kind: 'tag', tag: 'key-*' },
    ])
  })

  it.each([
    ['prop:lapses>3', 'lapses', '>', 3],
    ['prop:lapses<3', 'lapses', '<', 3],
    ['prop:reps<=10', 'reps', '<=', 10],
    ['prop:ivl>=21', 'ivl', '>=', 21],
    ['prop:lapses=0', 'lapses', '=', 0],
    ['prop:lapses!=0', 'lapses', '!=', 0],
    ['prop:due=-1', 'due', '=', -1],
    ['prop:s>2.5', 's', '>', 2.5],
    ['PROP:Lapses>3', 'lapses', '>', 3],
  ])('reads %s', (text, property, comparison, value) => {
    expect(terms(text)).toEqual([
      { negated: false, test: { kind: 'prop', property, comparison, value } },
    ])
  })

  it('keys are case-insensitive, as in Anki', () => {
    expect(terms('IS:Suspended Flag:1')).toEqual(terms('is:suspended flag:1'))
  })

  it('- negates the term right after it; free text and phrases are text terms', () => {
    expect(terms('-is:suspended key  "data key" -"grant token" on-demand')).toEqual([
      { negated: true, test: { kind: 'is', state: 'suspended' } },
      { negated: false, test: { kind: 'text', text: 'key' } },
      { negated: false, test: { kind: 'text', text: 'data key' } },
      { negated: true, test: { kind: 'text', text: 'grant token' } },
      { negated: false, test: { kind: 'text', text: 'on-demand' } },
    ])
  })

  it('keeps IAM words and unknown keys as text, and quotes are always text', () => {
    expect(terms('kms:Decrypt "is:due"').map((t) => t.test)).toEqual([
      { kind: 'text', text: 'kms:Decrypt' },
      { kind: 'text', text: 'is:due' },
    ])
  })

  it('reads escapes in phrases and a quoted value after a key', () => {
    expect(terms(String.raw`"say \"hi\" \\ ok"`)[0]!.test).toEqual({
      kind: 'text',
      text: String.raw`say "hi" \ ok`,
    })
    expect(terms('tag:"rotation"')[0]!.test).toEqual({ kind: 'tag', tag: 'rotation' })
  })

  it('an empty search, AND, and an empty phrase find everything', () => {
    expect(terms('')).toEqual([])
    expect(terms('   ')).toEqual([])
    expect(terms('""')).toEqual([])
    expect(terms('is:new and flag:1')).toEqual(terms('is:new flag:1'))
  })

  it.each([
    ['is:', /"is:" needs a card state/],
    ['is:sleeping', /"is:sleeping" is not a card state.*is:new, is:learn/],
    ['flag:8', /"flag:8": a flag is a number from 0 to 7/],
    ['flag:red', /"flag:red": a flag is a number from 0 to 7/],
    ['tag:', /"tag:" needs a tag/],
    ['prop:lapses', /"prop:lapses" needs a property, a comparison/],
    ['prop:lapses>', /"prop:lapses>" needs a number after >/],
    ['prop:lapses>three', /"three" is not a number/],
    ['prop:lapses=>3', /">3" is not a number/],
    ['prop:ease>2', /does not know the property "ease"/],
    ['prop:', /needs a property, a comparison/],
    ['"data key', /A quote is not closed/],
    ['- is:new', /A "-" must come right before/],
    ['is:new -', /A "-" must come right before/],
    ['dog or cat', /OR is not supported/],
    ['(is:new)', /Brackets are not supported/],
  ])('refuses %s plainly', (text, message) => {
    expect(problem(text)).toMatch(message)
  })

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'is:flag:tag:prop:<>=!-" \\()*0123456789abcnewdue'.split('')),
        }),
        (text) => {
          const parsed = parseSearch(text)
          expect(parsed.ok || parsed.message.length > 0).toBe(true)
        },
      ),
    )
    fc.assert(fc.property(fc.string(), (text) => void parseSearch(text)))
  })
})

describe('needsProgress', () => {
  it('is true for states, flags, properties and the leech tag; false for text and deck tags', () => {
    expect(needsProgress(terms('rotation tag:aliases "data key"'))).toBe(false)
    for (const text of ['is:new', 'flag:0', 'prop:lapses>1', 'tag:leech', 'tag:le*', 'tag:none']) {
      expect(needsProgress(terms(text))).toBe(true)
    }
  })
})

describe('tagMatches', () => {
  it('matches whole tags, case-insensitively, with * as a wildcard', () => {
    expect(tagMatches('rotation', 'Rotation')).toBe(true)
    expect(tagMatches('rot', 'rotation')).toBe(false)
    expect(tagMatches('rot*', 'rotation')).toBe(true)
    expect(tagMatches('*tion', 'rotation')).toBe(true)
    expect(tagMatches('a.b', 'axb')).toBe(false)
  })
})
