import { describe, expect, it } from 'vitest'
import { countFrontQuestions } from './front-questions.ts'
import { markdownToRichText } from './markdown-to-rich-text.ts'

const count = (markdown: string) => countFrontQuestions(markdownToRichText(markdown).value)

describe('countFrontQuestions', () => {
  it('counts one question', () => {
    expect(count('How many key policies does a KMS key have?')).toBe(1)
    expect(count('Imported key material expires. What happens?')).toBe(1)
    expect(count('Name the three types of KMS keys.')).toBe(0)
  })

  it('counts two sentences that end with a question mark', () => {
    expect(count('What is a grant? Why use one?')).toBe(2)
    expect(count('Is it "global?" Or regional?')).toBe(2)
  })

  it('counts a second question joined by ", and" plus a question word', () => {
    expect(count('What does `ReEncrypt` do, and why is it safer than `Decrypt`?')).toBe(2)
    expect(count('Where do you keep it, and WHY is that safe?')).toBe(2)
  })

  it('does not count alternatives, "and" inside a question, or code', () => {
    expect(count('Is a multi-Region key one resource, or is it several?')).toBe(1)
    expect(count('Which keys encrypt and which sign?')).toBe(1)
    expect(count('What does `a?b` match?')).toBe(1)
    expect(count('Which policy allows this?\n\n```json\n{ "Sid": "why?" }\n```')).toBe(1)
  })
})
