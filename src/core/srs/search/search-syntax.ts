/**
 * Anki's search syntax, the part the card browser understands: free text and "quoted phrases",
 * `is:new` `is:learn` `is:review` `is:due` `is:suspended` `is:buried` (and `is:leech`, an alias
 * of `tag:leech`), `flag:0`–`flag:7`, `tag:…` (`*` is a wildcard, `tag:none` finds untagged
 * cards), `prop:lapses>3` and the other properties below with `<` `<=` `>` `>=` `=` `!=`. Terms
 * combine with AND; `-` before a term leaves out what it finds. Keys are case-insensitive.
 *
 * Where KeyDeck parts from Anki, on purpose: a quoted phrase is always text (the deck is full of
 * IAM words such as `kms:Decrypt`, which must not be read as a search key), and an unknown key is
 * text too. OR and brackets are refused with a message rather than read as text.
 *
 * Parsing never throws: bad syntax comes back as `{ ok: false, message }` in plain words.
 * @see https://docs.ankiweb.net/searching.html
 */

/** The card states `is:` finds. */
export const CARD_STATE_NAMES = [
  'new',
  'learn',
  'review',
  'due',
  'suspended',
  'buried',
  'leech',
] as const
export type CardStateName = (typeof CARD_STATE_NAMES)[number]

/**
 * The card properties `prop:` compares: lapses, reviews, interval in days, due in days from
 * today (negative: overdue), and FSRS stability in days.
 */
export const CARD_PROPERTIES = ['lapses', 'reps', 'ivl', 'due', 's'] as const
export type CardProperty = (typeof CARD_PROPERTIES)[number]

export const COMPARISONS = ['<=', '>=', '!=', '<', '>', '='] as const
export type Comparison = (typeof COMPARISONS)[number]

export type SearchTest =
  /** Words to find in the card's text, as typed (a phrase keeps its spaces). */
  | { readonly kind: 'text'; readonly text: string }
  /** A tag, lower case; `*` matches any run of characters; `none`: no tag at all. */
  | { readonly kind: 'tag'; readonly tag: string }
  | { readonly kind: 'is'; readonly state: CardStateName }
  | { readonly kind: 'flag'; readonly flag: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 }
  | {
      readonly kind: 'prop'
      readonly property: CardProperty
      readonly comparison: Comparison
      readonly value: number
    }

export interface SearchTerm {
  /** `-term`: the card must not match. */
  readonly negated: boolean
  readonly test: SearchTest
}

export type ParsedSearch =
  | { readonly ok: true; readonly terms: readonly SearchTerm[] }
  | { readonly ok: false; readonly message: string }

class SyntaxProblem extends Error {}

const fail = (message: string): never => {
  throw new SyntaxProblem(message)
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch)

/** Reads a quoted phrase starting at `text[start] === '"'`; `\"` and `\\` are escapes. */
function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = ''
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) {
      value += text[i + 1]
      i++
    } else if (ch === '"') {
      return { value, end: i + 1 }
    } else {
      value += ch
    }
  }
  return fail(`A quote is not closed: add a " after ${text.slice(start)}.`)
}

const STATE_LIST = CARD_STATE_NAMES.map((s) => `is:${s}`).join(', ')
const PROPERTY_LIST = CARD_PROPERTIES.map((p) => `prop:${p}`).join(', ')

function parseIs(value: string, term: string): SearchTest {
  const state = CARD_STATE_NAMES.find((s) => s === value.toLowerCase())
  if (state) return { kind: 'is', state }
  return fail(
    value === ''
      ? `"is:" needs a card state, e.g. is:due. The states: ${STATE_LIST}.`
      : `"${term}" is not a card state KeyDeck knows. The states: ${STATE_LIST}.`,
  )
}

function parseFlag(value: string, term: string): SearchTest {
  if (/^[0-7]$/.test(value)) {
    return { kind: 'flag', flag: Number(value) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 }
  }
  return fail(
    `"${term}": a flag is a number from 0 to 7 (0 no flag, 1 red, 2 orange, 3 green, 4 blue, 5 pink, 6 turquoise, 7 purple).`,
  )
}

function parseTag(value: string): SearchTest {
  if (value === '') return fail('"tag:" needs a tag, e.g. tag:rotation (or tag:none).')
  return { kind: 'tag', tag: value.toLowerCase() }
}

function parseProp(value: string, term: string): SearchTest {
  const match = /^([a-z]+)(<=|>=|!=|<|>|=)(.*)$/i.exec(value)
  const property = CARD_PROPERTIES.find((p) => p === match?.[1]?.toLowerCase())
  if (!match || !property) {
    const name = /^[a-z]*/i.exec(value)?.[0] ?? ''
    if (name !== '' && !CARD_PROPERTIES.some((p) => p === name.toLowerCase())) {
      return fail(`"${term}": KeyDeck does not know the property "${name}". Try ${PROPERTY_LIST}.`)
    }
    return fail(
      `"${term}" needs a property, a comparison (<, <=, >, >=, =, !=) and a number, e.g. prop:lapses>3.`,
    )
  }
  const number = match[3]!
  if (!/^-?\d+(\.\d+)?$/.test(number)) {
    return fail(
      number === ''
        ? `"${term}" needs a number after ${match[2]}, e.g. prop:${property}${match[2]}3.`
        : `"${term}": "${number}" is not a number.`,
    )
  }
  return { kind: 'prop', property, comparison: match[2] as Comparison, value: Number(number) }
}

/** One unquoted word: a key:value search, or text. */
function parseWord(word: string): SearchTest | undefined {
  const lower = word.toLowerCase()
  if (lower === 'and') return undefined // Anki's explicit AND: terms combine with AND anyway.
  if (lower === 'or') {
    return fail(
      'OR is not supported: every term must match. To find the word "or", put it in quotes.',
    )
  }
  if (/[()]/.test(word)) {
    return fail(
      `Brackets are not supported: every term must match. To find "${word}" as text, put it in quotes.`,
    )
  }
  const colon = word.indexOf(':')
  const key = colon > 0 ? lower.slice(0, colon) : ''
  let value = colon > 0 ? word.slice(colon + 1) : ''
  if (value.startsWith('"')) {
    const quoted = readQuoted(value, 0)
    if (quoted.end !== value.length) return fail(`"${word}": put the quote around the whole value.`)
    value = quoted.value
  }
  switch (key) {
    case 'is':
      return parseIs(value, word)
    case 'flag':
      return parseFlag(value, word)
    case 'tag':
      return parseTag(value)
    case 'prop':
      return parseProp(value, word)
    default:
      return { kind: 'text', text: word }
  }
}

/** Reads one unquoted word from `start`; a quoted value after `key:` belongs to it. */
function wordEnd(text: string, start: number): number {
  let i = start
  while (i < text.length && !isSpace(text[i])) {
    if (text[i] === '"' && text[i - 1] === ':' && i > start) {
      i = readQuoted(text, i).end
    } else {
      i++
    }
  }
  return i
}

function parseTerms(text: string): SearchTerm[] {
  const terms: SearchTerm[] = []
  let i = 0
  while (i < text.length) {
    if (isSpace(text[i])) {
      i++
      continue
    }
    let negated = false
    if (text[i] === '-') {
      negated = true
      i++
      if (i >= text.length || isSpace(text[i])) {
        return fail('A "-" must come right before what to leave out, e.g. -is:suspended.')
      }
    }
    let test: SearchTest | undefined
    if (text[i] === '"') {
      const quoted = readQuoted(text, i)
      i = quoted.end
      test = quoted.value.trim() === '' ? undefined : { kind: 'text', text: quoted.value }
    } else {
      const end = wordEnd(text, i)
      test = parseWord(text.slice(i, end))
      i = end
    }
    if (test) terms.push({ negated, test })
    else if (negated)
      return fail('A "-" must come right before what to leave out, e.g. -is:suspended.')
  }
  return terms
}

/** Reads a search as typed in the card browser. */
export function parseSearch(text: string): ParsedSearch {
  try {
    return { ok: true, terms: parseTerms(text) }
  } catch (error) {
    if (error instanceof SyntaxProblem) return { ok: false, message: error.message }
    throw error
  }
}

/** Whether a search needs the learner's progress (states, flags), not only the deck's text. */
export function needsProgress(terms: readonly SearchTerm[]): boolean {
  return terms.some(({ test }) => {
    if (test.kind === 'text') return false
    // Only the leech tag lives in the progress: the deck's own tags are in the deck.
    if (test.kind === 'tag') return test.tag === 'none' || tagMatches(test.tag, 'leech')
    return true
  })
}

/** Anki's tag match: whole tag, case-insensitive, `*` any run of characters. */
export function tagMatches(pattern: string, tag: string): boolean {
  if (!pattern.includes('*')) return pattern === tag.toLowerCase()
  const parts = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${parts.join('.*')}$`, 's').test(tag.toLowerCase())
}
