import { describe, expect, it } from 'vitest'
import { back, forward, isEnd, last, START, type PresentAt } from './present-steps.ts'

describe('present steps', () => {
  it('reveals each answer, then goes on, and stops at the last answer', () => {
    const seen: PresentAt[] = [START]
    for (let i = 0; i < 5; i++) seen.push(forward(seen.at(-1)!, 2))
    expect(seen).toEqual([
      { index: 0, revealed: false },
      { index: 0, revealed: true },
      { index: 1, revealed: false },
      { index: 1, revealed: true },
      { index: 1, revealed: true },
      { index: 1, revealed: true },
    ])
    expect(isEnd(seen.at(-1)!, 2)).toBe(true)
    expect(isEnd(seen[2]!, 2)).toBe(false)
  })

  it('walks back the same path, and stops at the first question', () => {
    let at: PresentAt = { index: 1, revealed: true }
    const seen = [at]
    for (let i = 0; i < 4; i++) seen.push((at = back(at)))
    expect(seen).toEqual([
      { index: 1, revealed: true },
      { index: 1, revealed: false },
      { index: 0, revealed: true },
      { index: 0, revealed: false },
      { index: 0, revealed: false },
    ])
  })

  it('ends on the last question (End)', () => {
    expect(last(12)).toEqual({ index: 11, revealed: false })
    expect(last(0)).toEqual(START)
  })
})
