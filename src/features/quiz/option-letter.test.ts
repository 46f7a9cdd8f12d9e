import { describe, expect, it } from 'vitest'
import { optionLetter, optionOfKey } from './option-letter.ts'

describe('option keys', () => {
  it('maps 1–4 and a–d (either case) to the options, and nothing else', () => {
    expect(['1', '2', '3', '4', 'a', 'B', 'c', 'D'].map(optionOfKey)).toEqual([
      0, 1, 2, 3, 0, 1, 2, 3,
    ])
    for (const key of ['0', '5', 'e', 'Enter', ' ', '12', ''])
      expect(optionOfKey(key)).toBe(undefined)
  })

  it('labels the options A to D', () => {
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(['A', 'B', 'C', 'D'])
  })
})
