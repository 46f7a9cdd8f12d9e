import { describe, expect, it } from 'vitest'
import { equivalentAnswers, normalizeAnswer } from './equivalent-answers.ts'

describe('normalizeAnswer', () => {
  it('lower-cases and turns runs of punctuation and white space into one space', () => {
    expect(normalizeAnswer('  Every   year (about 365 days)…\n')).toBe('every year about 365 days')
    expect(normalizeAnswer('`ReEncrypt`; kms:Decrypt!')).toBe('reencrypt kms decrypt')
  })
})

describe('equivalentAnswers', () => {
  it('holds for texts equal after normalizing', () => {
    expect(equivalentAnswers('Every year.', 'every   YEAR')).toBe(true)
    expect(equivalentAnswers('Key ID: 1234-abcd', 'key id 1234 abcd')).toBe(true)
  })

  it('holds when one contains the other entirely, as whole words', () => {
    expect(equivalentAnswers('Every year', 'Every year (about 365 days), automatically.')).toBe(
      true,
    )
    expect(equivalentAnswers('It rotates every year, automatically.', 'every year')).toBe(true)
  })

  it('does not hold for different answers or a word inside another word', () => {
    expect(equivalentAnswers('Every year', 'Every 90 days')).toBe(false)
    expect(equivalentAnswers('key', 'keys are regional')).toBe(false)
    expect(equivalentAnswers('AWS managed key', 'AWS owned key')).toBe(false)
  })

  it('treats a text without words as equivalent to anything, so it is never offered', () => {
    expect(equivalentAnswers('…', 'Every year')).toBe(true)
    expect(equivalentAnswers('Every year', '')).toBe(true)
  })
})
