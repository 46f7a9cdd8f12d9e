import { describe, expect, it } from 'vitest'
import { checkQuizSettings, DEFAULT_QUIZ_COUNT, MAX_QUIZ_COUNT } from './quiz-settings.ts'

describe('checkQuizSettings', () => {
  it('takes a seed alone with the default count, every tag and no timer', () => {
    expect(checkQuizSettings({ seed: 'k3x9' })).toEqual({
      ok: true,
      settings: { seed: 'k3x9', count: DEFAULT_QUIZ_COUNT, tags: [] },
    })
  })

  it('keeps the count, the tags (once each) and a timer of 15, 30 or 60 seconds', () => {
    const check = checkQuizSettings(
      { seed: 'abc', count: 5, tags: ['rotation', 'grants', 'rotation'], timerSeconds: 30 },
      new Set(['rotation', 'grants']),
    )
    expect(check).toEqual({
      ok: true,
      settings: { seed: 'abc', count: 5, tags: ['rotation', 'grants'], timerSeconds: 30 },
    })
  })

  it('names every problem of a bad link', () => {
    const check = checkQuizSettings(
      { seed: 'K3X9', count: 0, timerSeconds: 20, tags: ['rotaton'] },
      new Set(['rotation']),
    )
    expect(check.ok).toBe(false)
    expect(!check.ok && check.problems).toEqual([
      'The seed “K3X9” is not a quiz seed: 1 to 7 lower-case letters and digits, such as k3x9.',
      `The number of questions must be a whole number from 1 to ${MAX_QUIZ_COUNT}.`,
      'The timer must be 15, 30, 60 seconds, or left out.',
      'No card has the tag “rotaton”.',
    ])
  })

  it('refuses counts that are not whole, too many, or not numbers', () => {
    for (const count of [2.5, -3, MAX_QUIZ_COUNT + 1, Number.NaN])
      expect(checkQuizSettings({ seed: 'abc', count }).ok).toBe(false)
    expect(checkQuizSettings({ seed: 'abc', count: MAX_QUIZ_COUNT }).ok).toBe(true)
  })

  it('refuses a timer that is not a number, and checks tags only when it knows the deck’s', () => {
    expect(checkQuizSettings({ seed: 'abc', timerSeconds: Number.NaN }).ok).toBe(false)
    expect(checkQuizSettings({ seed: 'abc', tags: ['anything'] }).ok).toBe(true)
  })
})
