import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CardId } from '../../deck/card.ts'
import type { CardSrsState, DayNumber, Flag, FsrsStateCode } from '../card-state.ts'
import { newCardState } from '../card-state.ts'
import { dayNumber } from '../day.ts'
import { countsByState } from '../stats/state-counts.ts'
import {
  DAY,
  HOUR,
  id,
  learningCard,
  NOW,
  OFFSET,
  reviewCard,
  settings,
} from '../testing/srs-fixtures.ts'
import { matchesSearch, type SearchableCard, type SearchClock } from './match-search.ts'
import { parseSearch, type SearchTerm } from './search-syntax.ts'
import { STATE_COUNT_SEARCHES } from './state-count-searches.ts'

const clock: SearchClock = {
  now: NOW,
  dayStartHour: settings.dayStartHour,
  utcOffsetMinutes: OFFSET,
}
const today = dayNumber(NOW, settings.dayStartHour, OFFSET)

function terms(text: string): readonly SearchTerm[] {
  const parsed = parseSearch(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.terms
}

function card(
  state: CardSrsState | undefined,
  tags: readonly string[] = [],
  text = '',
): SearchableCard {
  return { state, tags, containsText: (words) => text.includes(words) }
}

const finds = (search: string, c: SearchableCard) => matchesSearch(terms(search), c, clock)

const fresh = newCardState(id('fresh'), NOW)
const learning = learningCard(id('learning'), NOW + 10 * 60_000)
const relearning = learningCard(id('relearning'), NOW - 60_000, {
  fsrs: { ...learningCard(id('x'), NOW).fsrs, state: 3, lapses: 4, due: NOW - 60_000 },
})
const dueReview = reviewCard(id('due'), NOW - DAY, 10)
const laterReview = reviewCard(id('later'), NOW + 5 * DAY, 20)
const suspendedReview = reviewCard(id('susp'), NOW - DAY, 10, { suspended: true })
const buriedLearning = learningCard(id('buried'), NOW, {
  buriedUntilDay: (today + 1) as DayNumber,
})

describe('matchesSearch: card states, as Anki finds them', () => {
  it.each([
    ['is:new', [undefined, fresh], [learning, dueReview]],
    ['is:learn', [learning, relearning], [fresh, dueReview, buriedLearning]],
    ['is:review', [dueReview, laterReview, relearning, suspendedReview], [fresh, learning]],
    ['is:due', [dueReview, relearning, learning], [laterReview, suspendedReview, buriedLearning]],
    ['is:suspended', [suspendedReview], [dueReview, undefined]],
    ['is:buried', [buriedLearning], [learning, undefined]],
  ] as const)('%s', (search, yes, no) => {
    for (const state of yes) expect(finds(search, card(state)), String(state?.cardId)).toBe(true)
    for (const state of no) expect(finds(search, card(state)), String(state?.cardId)).toBe(false)
  })

  it('is:due counts a review card due later today (before the next day starts)', () => {
    const endOfDay = reviewCard(id('tonight'), NOW + 10 * HOUR, 3)
    const tomorrow = reviewCard(id('tomorrow'), NOW + 20 * HOUR, 3)
    expect(finds('is:due', card(endOfDay))).toBe(true)
    expect(finds('is:due', card(tomorrow))).toBe(false)
  })

  it('a burial from an earlier day has expired', () => {
    const old = { ...dueReview, buriedUntilDay: today }
    expect(finds('is:buried', card(old))).toBe(false)
    expect(finds('is:due', card(old))).toBe(true)
  })

  it('flags: flag:0 is no flag, and an unstudied card has none', () => {
    const red = { ...dueReview, flag: 1 as Flag }
    expect(finds('flag:1', card(red))).toBe(true)
    expect(finds('flag:2', card(red))).toBe(false)
    expect(finds('flag:0', card(red))).toBe(false)
    expect(finds('flag:0', card(undefined))).toBe(true)
  })

  it('leeches carry Anki\'s "leech" tag; is:leech is the same', () => {
    const leech = { ...relearning, leech: true }
    for (const search of ['tag:leech', 'is:leech', 'tag:LEE*']) {
      expect(finds(search, card(leech, ['rotation']))).toBe(true)
      expect(finds(search, card(relearning, ['rotation']))).toBe(false)
    }
    expect(finds('tag:none', card(leech))).toBe(false)
    expect(finds('tag:none', card(undefined))).toBe(true)
    expect(finds('tag:rotation', card(leech, ['rotation']))).toBe(true)
  })

  it('prop: compares lapses, reps, interval, days until due and stability', () => {
    expect(finds('prop:lapses>3', card(relearning))).toBe(true)
    expect(finds('prop:lapses>4', card(relearning))).toBe(false)
    expect(finds('prop:lapses>=4', card(relearning))).toBe(true)
    expect(finds('prop:lapses<4', card(relearning))).toBe(false)
    expect(finds('prop:lapses<=4', card(relearning))).toBe(true)
    expect(finds('prop:lapses=4', card(relearning))).toBe(true)
    expect(finds('prop:lapses!=4', card(relearning))).toBe(false)
    expect(finds('prop:lapses=0', card(undefined))).toBe(true)
    expect(finds('prop:reps=5', card(dueReview))).toBe(true)
    expect(finds('prop:ivl>=20', card(laterReview))).toBe(true)
    expect(finds('prop:ivl=0', card(undefined))).toBe(true)
    expect(finds('prop:due=5', card(laterReview))).toBe(true)
    expect(finds('prop:due=-1', card(dueReview))).toBe(true)
    // Not in a queue, so no due day (as in Anki): new and suspended cards.
    expect(finds('prop:due<100', card(undefined))).toBe(false)
    expect(finds('prop:due<100', card(suspendedReview))).toBe(false)
    expect(finds('prop:s>15', card(laterReview))).toBe(true)
    expect(finds('prop:s>=0', card(fresh))).toBe(false)
  })

  it('text and tags combine with AND, and - leaves out', () => {
    const c = card(dueReview, ['rotation'], 'automatic key rotation')
    expect(finds('key rotation tag:rotation is:due', c)).toBe(true)
    expect(finds('key -rotation', c)).toBe(false)
    expect(finds('key -is:suspended', c)).toBe(true)
    expect(finds('key is:suspended', c)).toBe(false)
  })
})

/** Any card state the app can store (suspended and buried at once included: imports). */
const anyState = (cardId: CardId): fc.Arbitrary<CardSrsState | undefined> =>
  fc
    .option(
      fc.record({
        code: fc.constantFrom<FsrsStateCode>(0, 1, 2, 3),
        dueInHours: fc.integer({ min: -24 * 40, max: 24 * 40 }),
        suspended: fc.boolean(),
        buried: fc.constantFrom(null, -1, 0, 1),
        flag: fc.constantFrom<Flag>(0, 1, 2, 3, 4, 5, 6, 7),
        leech: fc.boolean(),
        lapses: fc.nat(12),
        ivl: fc.nat(60),
      }),
      { nil: undefined },
    )
    .map((r) => {
      if (r === undefined) return undefined
      const base = reviewCard(cardId, NOW + r.dueInHours * HOUR, r.ivl)
      return {
        ...base,
        fsrs: { ...base.fsrs, state: r.code, lapses: r.lapses },
        suspended: r.suspended,
        buriedUntilDay: r.buried === null ? null : ((today + r.buried) as DayNumber),
        flag: r.flag,
        leech: r.leech,
      }
    })

const deckOf = (size: number) => Array.from({ length: size }, (_, i) => id(`c${i}`))
const anyDeck = fc
  .integer({ min: 0, max: 25 })
  .chain((size) => fc.tuple(...deckOf(size).map(anyState)).map((states) => ({ size, states })))

describe('matchesSearch: properties', () => {
  it('each "Cards by state" search finds exactly the cards its row counts', () => {
    fc.assert(
      fc.property(anyDeck, ({ size, states }) => {
        const ids = deckOf(size)
        const map = new Map<CardId, CardSrsState>()
        states.forEach((s, i) => s && map.set(ids[i]!, { ...s, cardId: ids[i]! }))
        const counts = countsByState(ids, map, today)
        for (const [row, search] of Object.entries(STATE_COUNT_SEARCHES)) {
          const found = ids.filter((c) => finds(search, card(map.get(c)))).length
          expect(found, `${row}: ${search}`).toBe(counts[row as keyof typeof counts])
        }
      }),
    )
  })

  it('-term finds exactly the cards term does not, and terms AND together', () => {
    const anyTerm = fc.constantFrom(
      'is:new',
      'is:learn',
      'is:review',
      'is:due',
      'is:suspended',
      'is:buried',
      'is:leech',
      'flag:0',
      'flag:3',
      'tag:leech',
      'prop:lapses>3',
      'prop:ivl<=10',
      'prop:due<0',
      'prop:s!=7',
    )
    fc.assert(
      fc.property(anyState(id('x')), anyTerm, anyTerm, (state, a, b) => {
        const c = card(state)
        expect(finds(`-${a}`, c)).toBe(!finds(a, c))
        expect(finds(`${a} ${b}`, c)).toBe(finds(a, c) && finds(b, c))
      }),
    )
  })
})
