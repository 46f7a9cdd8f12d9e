import { describe, expect, it } from 'vitest'
import type { RichText } from '../deck/index.ts'
import { answerOption, isYesNoAnswer, OPTION_MAX_CHARS, shortenOption } from './answer-text.ts'

const p = (text: string) => ({ t: 'p', c: [text] }) as const
const list = (...items: string[]) => ({ t: 'ul', items: items.map((item) => [p(item)]) }) as const
const pre = { t: 'pre', v: '{\n  "Effect": "Allow"\n}', lang: 'json' } as const

describe('answerOption', () => {
  it('is the first paragraph, on one line, with its inline markup as text', () => {
    const back: RichText = [
      { t: 'p', c: ['Only its ', { t: 'strong', c: ['key material'] }, '.\nThe ID stays.'] },
      p('A second paragraph is left out.'),
    ]
    expect(answerOption(back)).toBe('Only its key material. The ID stays.')
  })

  it('joins a list into one line, and a lead-in with the list it introduces', () => {
    expect(answerOption([list('Enabled.', 'Disabled;', 'PendingDeletion')])).toBe(
      'Enabled; Disabled; PendingDeletion',
    )
    expect(answerOption([p('Chosen only at creation, so:'), list('Snapshot', 'Copy')])).toBe(
      'Chosen only at creation, so: Snapshot; Copy',
    )
  })

  it('leaves code out: a lead-in to code loses its colon, a back that starts with code has none', () => {
    expect(answerOption([p('A single statement:'), pre])).toBe('A single statement')
    expect(answerOption([pre, p('The default policy.')])).toBeUndefined()
    expect(answerOption([])).toBeUndefined()
  })
})

describe('shortenOption', () => {
  const sentence = (words: number, word = 'word') => `${Array(words).fill(word).join(' ')}.`

  it('keeps a text within the limit as it is', () => {
    const text = 'x'.repeat(OPTION_MAX_CHARS)
    expect(shortenOption(text)).toBe(text)
  })

  it('keeps whole sentences when they say enough', () => {
    const first = sentence(15) // 75 characters
    expect(shortenOption(`${first} ${sentence(30)}`)).toBe(first)
  })

  it('does not end a sentence at e.g. or i.e.', () => {
    const text = `${sentence(12).slice(0, -1)} e.g. ${sentence(40)}`
    const out = shortenOption(text)
    expect(out.endsWith('…')).toBe(true)
    expect(out.length).toBeLessThanOrEqual(OPTION_MAX_CHARS)
  })

  it('cuts at a word with an ellipsis when the first sentence is short or too long', () => {
    for (const text of [`Regional. ${sentence(50)}`, sentence(60), `Keys: ${'a, '.repeat(80)}b`]) {
      const out = shortenOption(text)
      expect(out.length).toBeLessThanOrEqual(OPTION_MAX_CHARS)
      expect(out).toMatch(/\w…$/)
      expect(text.startsWith(out.slice(0, -1))).toBe(true)
    }
  })

  it('cuts a text without spaces at the limit', () => {
    const out = shortenOption('x'.repeat(400))
    expect(out).toBe(`${'x'.repeat(OPTION_MAX_CHARS - 1)}…`)
  })
})

describe('isYesNoAnswer', () => {
  it('is true for a back that opens with yes or no', () => {
    expect(isYesNoAnswer([p('Yes. KMS keeps every version.')])).toBe(true)
    expect(isYesNoAnswer([p('No, it does not.')])).toBe(true)
    expect(isYesNoAnswer([list('yes')])).toBe(true)
  })

  it('is false otherwise, also for words that only start with "no"', () => {
    expect(isYesNoAnswer([p('None. No principal has permission.')])).toBe(false)
    expect(isYesNoAnswer([p('Nothing immediately.')])).toBe(false)
    expect(isYesNoAnswer([p('Every year.')])).toBe(false)
  })
})
