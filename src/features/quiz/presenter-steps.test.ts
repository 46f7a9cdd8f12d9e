import { describe, expect, it } from 'vitest'
import { movePresenter, presenterStep } from './presenter-steps.ts'

describe('a presented quiz’s steps', () => {
  it('asks, reveals, asks the next, and ends on the summary', () => {
    expect([0, 1, 2, 3, 4, 5].map((step) => presenterStep(step, 2))).toEqual([
      { kind: 'question', index: 0, revealed: false },
      { kind: 'question', index: 0, revealed: true },
      { kind: 'question', index: 1, revealed: false },
      { kind: 'question', index: 1, revealed: true },
      { kind: 'summary' },
      { kind: 'summary' },
    ])
  })

  it('moves one step at a time within the first question and the summary', () => {
    expect(movePresenter(0, 'back', 3)).toBe(0)
    expect(movePresenter(0, 'next', 3)).toBe(1)
    expect(movePresenter(2, 'back', 3)).toBe(1) // back to the last answer shown
    expect(movePresenter(6, 'next', 3)).toBe(6)
    expect(movePresenter(3, 'first', 3)).toBe(0)
    expect(movePresenter(3, 'last', 3)).toBe(6)
  })
})
