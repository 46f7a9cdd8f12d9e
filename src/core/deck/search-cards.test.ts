import { describe, expect, it } from 'vitest'
import { compileDeck } from './compile-deck.ts'
import { buildSearchIndex, searchCards, textContains } from './search-cards.ts'
import { tagCounts } from './tag-counts.ts'
import { splitDeck } from './split-deck.ts'

const { deck } = compileDeck([
  {
    path: 'cards/01-rotation.md',
    text: `# Key rotation

## rotation-yearly
tags: rotation, aws-managed-keys
source: https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
updated: 2022-05 Was every three years.

How often are AWS managed keys rotated?

---

Every **year**.

## rotation-period
tags: rotation

What range can \`RotationPeriodInDays\` take?

---

90 to 2560 days.
`,
  },
  {
    path: 'cards/02-aliases.md',
    text: '# Aliases\n\n## alias-prefix\ntags: aliases\n\nPrefix of an alias name?\n---\n`alias/`, café\n',
  },
])
const { summary, fronts, details, tags } = splitDeck(deck)
const allFronts = Object.assign({}, ...Object.values(fronts))
const index = buildSearchIndex(summary, allFronts, details, tags)
/** Every word must be found, as the browser's free text terms are. */
const allWords =
  (text: string) => (_card: unknown, _tags: unknown, contains: (words: string) => boolean) =>
    text.split(/\s+/).filter(Boolean).every(contains)
const ids = (text: string, tags: string[] = []) =>
  searchCards(index, tags, allWords(text)).map((c) => c.id)

describe('searchCards', () => {
  it('returns every card for an empty query', () => {
    expect(ids('')).toEqual(['rotation-yearly', 'rotation-period', 'alias-prefix'])
  })
  it('matches words anywhere in front, back, code, topic and updated note, in any case and order', () => {
    expect(ids('YEAR managed')).toEqual(['rotation-yearly'])
    expect(ids('rotationperiodindays')).toEqual(['rotation-period'])
    expect(ids('key rotation')).toEqual(['rotation-yearly', 'rotation-period'])
    expect(ids('three')).toEqual(['rotation-yearly'])
  })
  it('searches only the summary until the details and tags have loaded', () => {
    const early = buildSearchIndex(summary, allFronts)
    expect(searchCards(early, [], allWords('managed')).map((c) => c.id)).toEqual([
      'rotation-yearly',
    ])
    expect(searchCards(early, [], allWords('three'))).toEqual([])
    expect(searchCards(early, [], allWords('aws-managed-keys'))).toEqual([])
    expect(ids('aws-managed-keys')).toEqual(['rotation-yearly'])
  })
  it('ignores accents', () => {
    expect(ids('cafe')).toEqual(['alias-prefix'])
  })
  it('requires every selected tag', () => {
    expect(ids('', ['rotation'])).toEqual(['rotation-yearly', 'rotation-period'])
    expect(ids('', ['rotation', 'aws-managed-keys'])).toEqual(['rotation-yearly'])
    expect(ids('alias', ['rotation'])).toEqual([])
  })
  it('passes each card, its tags and a test of its text to `matches`', () => {
    expect(
      searchCards(index, [], (_card, cardTags) => cardTags.includes('aliases')).map((c) => c.id),
    ).toEqual(['alias-prefix'])
    expect(searchCards(index, [], (card) => card.id === 'alias-prefix').map((c) => c.id)).toEqual([
      'alias-prefix',
    ])
  })
  it('counts tags, most used first', () => {
    expect(tagCounts(tags)).toEqual([
      { tag: 'rotation', count: 2 },
      { tag: 'aliases', count: 1 },
      { tag: 'aws-managed-keys', count: 1 },
    ])
  })
})

describe('textContains', () => {
  const text = buildSearchIndex(summary, allFronts, details).entries[0]!.text
  it('finds a phrase with its spaces, in any case and accents, within one field', () => {
    expect(textContains(text, 'AWS   managed keys')).toBe(true)
    expect(textContains(text, 'managed aws')).toBe(false)
    expect(textContains('cafe noir', 'CAFÉ N')).toBe(true)
  })
  it('* stands for any run of characters, but not across fields', () => {
    expect(textContains(text, 'how*rotated')).toBe(true)
    expect(textContains(text, 'rotated*every')).toBe(false)
    expect(textContains('a.b', 'a.*')).toBe(true)
    expect(textContains('axb', 'a.b')).toBe(false)
  })
})
