/**
 * `--query` answers as jmespath.py 1.0.1 (what AWS CLI v2 runs) where jmespath.js 0.16.0 did not:
 * the two fixes of scripts/vite-plugin-jmespath-fixes.ts, applied to the library as it is bundled
 * (vitest inlines it through the same plugin).
 */
import jmespath from 'jmespath'
import { describe, expect, it } from 'vitest'
import { patchJmespath } from '../../../scripts/vite-plugin-jmespath-fixes.ts'

const data = {
  one: 1,
  two: 2,
  a: 'a',
  b: 'b',
  yes: true,
  nothing: null,
  emptylist: [],
  list: [1, 2],
  object: { k: 1 },
  sizes: [{ size: 1 }, { size: 'big' }, { size: 3 }, { size: [] }],
}

describe('ordering comparisons', () => {
  it.each([
    'emptylist < one',
    'one < emptylist',
    'list > one',
    'object >= one',
    'yes > one',
    'nothing <= one',
    'a < one',
    'one >= a',
  ])('%s is null unless both sides are numbers or both strings', (expression) => {
    expect(jmespath.search(data, expression)).toBeNull()
  })

  it('compares two numbers and two strings', () => {
    expect(jmespath.search(data, 'one < two')).toBe(true)
    expect(jmespath.search(data, 'two <= one')).toBe(false)
    expect(jmespath.search(data, 'a < b')).toBe(true)
    expect(jmespath.search(data, 'one == `1`')).toBe(true)
    expect(jmespath.search(data, 'emptylist != one')).toBe(true)
  })

  it('a filter keeps only the items whose comparison holds', () => {
    expect(jmespath.search(data, 'sizes[?size > `0`].size')).toEqual([1, 3])
  })
})

describe('slices', () => {
  it('a third colon is a syntax error', () => {
    expect(() => jmespath.search(data, 'list[:::]')).toThrow(/Syntax error/)
    expect(() => jmespath.search(data, 'list[1:2:1:]')).toThrow(/Syntax error/)
  })

  it('start, stop and step still slice', () => {
    expect(jmespath.search(data, 'list[::-1]')).toEqual([2, 1])
    expect(jmespath.search(data, 'list[0:1]')).toEqual([1])
    expect(jmespath.search(data, 'list[::]')).toEqual([1, 2])
  })
})

it('a jmespath.js whose source changed fails the build rather than losing a fix', () => {
  expect(() => patchJmespath('module.exports = {}')).toThrow(/jmespath.js changed/)
})
