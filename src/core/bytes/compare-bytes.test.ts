import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareBytes } from './compare-bytes.ts'
import { utf8 } from './utf8.ts'

describe('compareBytes', () => {
  it('orders byte by byte, a prefix before the longer array', () => {
    const b = (...values: number[]) => Uint8Array.from(values)
    expect(compareBytes(b(1, 2), b(1, 3))).toBeLessThan(0)
    expect(compareBytes(b(2), b(1, 255))).toBeGreaterThan(0)
    expect(compareBytes(b(1, 2), b(1, 2, 0))).toBeLessThan(0)
    expect(compareBytes(b(1, 2, 0), b(1, 2))).toBeGreaterThan(0)
    expect(compareBytes(b(), b())).toBe(0)
    expect(compareBytes(b(0xff, 7), b(0xff, 7))).toBe(0)
  })

  it('sorts UTF-8 strings in code point order (not UTF-16 order, as String#< does)', () => {
    // U+FF5E is one UTF-16 unit, U+1F600 a surrogate pair that sorts before it in UTF-16.
    const keys = ['\u{1F600}', '\uFF5E', 'a', 'B', 'é']
    const sorted = [...keys].sort((x, y) => compareBytes(utf8(x), utf8(y)))
    expect(sorted).toEqual(['B', 'a', 'é', '\uFF5E', '\u{1F600}'])
  })

  it('agrees with Buffer.compare on any two arrays', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 6 }), fc.uint8Array({ maxLength: 6 }), (x, y) => {
        expect(Math.sign(compareBytes(x, y))).toBe(Buffer.compare(x, y))
      }),
    )
  })
})
