import { describe, expect, it } from 'vitest'
import { parseQuizSeed, quizSeedFromNumber, quizSeedValue } from './quiz-seed.ts'

describe('quiz seeds', () => {
  it('accepts canonical base-36 numbers below 2^32', () => {
    for (const text of ['0', 'abc', 'z', '1z141z3']) expect(parseQuizSeed(text)).toBe(text)
    expect(quizSeedValue(parseQuizSeed('1z141z3')!)).toBe(0xffff_ffff)
  })

  it('refuses anything else: empty, upper case, leading zeros, other characters, too large', () => {
    for (const text of [
      '',
      'ABC',
      '0abc',
      'ab-c',
      ' abc',
      'abc ',
      '1z141z4',
      'zzzzzzz',
      '12345678',
    ])
      expect(parseQuizSeed(text)).toBeUndefined()
  })

  it('writes a number as the seed that reads back to it', () => {
    for (const value of [0, 1, 35, 36, 13_368, 0x8000_0000, 0xffff_ffff]) {
      const seed = quizSeedFromNumber(value)
      expect(parseQuizSeed(seed)).toBe(seed)
      expect(quizSeedValue(seed)).toBe(value)
    }
  })

  it('refuses numbers that are not 32-bit unsigned integers', () => {
    for (const value of [-1, 1.5, 2 ** 32, Number.NaN])
      expect(() => quizSeedFromNumber(value)).toThrow(RangeError)
  })
})
