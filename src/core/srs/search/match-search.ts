/**
 * Which cards a parsed search (`search-syntax.ts`) finds, as Anki's browser finds them. States
 * follow Anki's card type and queue: `is:new` and `is:review` are the card's type (a relearning
 * card is a review card; a suspended one still is), while `is:learn`, `is:due` and `prop:due` are
 * the queue, so a suspended or buried card is neither in learning nor due. A relearning card is
 * both `is:learn` and `is:review`. `is:due` is any learning or review card due by the end of the
 * learner's day. The leech mark is Anki's `leech` tag.
 * @see https://github.com/ankitects/anki/blob/main/rslib/src/search/sqlwriter.rs (write_state, write_prop)
 * @see https://docs.ankiweb.net/searching.html
 */
import { isBuried } from '../card-actions.ts'
import {
  STATE_LEARNING,
  STATE_NEW,
  STATE_RELEARNING,
  STATE_REVIEW,
  type CardSrsState,
  type DayNumber,
} from '../card-state.ts'
import { dayNumber, type UtcOffset } from '../day.ts'
import {
  tagMatches,
  type CardStateName,
  type Comparison,
  type SearchTerm,
  type SearchTest,
} from './search-syntax.ts'

/** One card as a search sees it. */
export interface SearchableCard {
  /** The deck's tags of the card. */
  readonly tags: readonly string[]
  /** The learner's progress on it; undefined: never studied (a new card without marks). */
  readonly state: CardSrsState | undefined
  /** Whether the card's text holds `text` (a word or phrase as typed); the deck's search decides. */
  readonly containsText: (text: string) => boolean
}

/** When the search runs: `now`, and how the learner's days are cut (see `dayNumber`). */
export interface SearchClock {
  readonly now: number
  readonly dayStartHour: number
  readonly utcOffsetMinutes: UtcOffset
}

function compare(a: number, comparison: Comparison, b: number): boolean {
  switch (comparison) {
    case '<':
      return a < b
    case '<=':
      return a <= b
    case '>':
      return a > b
    case '>=':
      return a >= b
    case '=':
      return a === b
    case '!=':
      return a !== b
  }
}

interface Facts {
  readonly state: CardSrsState | undefined
  readonly today: DayNumber
  readonly clock: SearchClock
}

/** The card's state if it is in Anki's learning or review queue: studied, neither suspended nor buried. */
function queued({ state, today }: Facts): CardSrsState | undefined {
  return state !== undefined &&
    state.fsrs.state !== STATE_NEW &&
    !state.suspended &&
    !isBuried(state, today)
    ? state
    : undefined
}

function dueDay(state: CardSrsState, clock: SearchClock): DayNumber {
  return dayNumber(state.fsrs.due, clock.dayStartHour, clock.utcOffsetMinutes)
}

function matchesState(name: CardStateName, facts: Facts): boolean {
  const { state, today } = facts
  const code = state?.fsrs.state ?? STATE_NEW
  switch (name) {
    case 'new':
      return code === STATE_NEW
    case 'review':
      return code === STATE_REVIEW || code === STATE_RELEARNING
    case 'learn':
      return queued(facts) !== undefined && (code === STATE_LEARNING || code === STATE_RELEARNING)
    case 'due': {
      const inQueue = queued(facts)
      return inQueue !== undefined && dueDay(inQueue, facts.clock) <= today
    }
    case 'suspended':
      return state?.suspended ?? false
    case 'buried':
      // A card sits in one queue: a suspended card is not also buried (countsByState agrees).
      return state !== undefined && !state.suspended && isBuried(state, today)
    case 'leech':
      return state?.leech ?? false
  }
}

function matchesTest(test: SearchTest, card: SearchableCard, facts: Facts): boolean {
  const { state, today, clock } = facts
  const code = state?.fsrs.state ?? STATE_NEW
  switch (test.kind) {
    case 'text':
      return card.containsText(test.text)
    case 'tag': {
      const tags = state?.leech ? [...card.tags, 'leech'] : card.tags
      if (test.tag === 'none') return tags.length === 0
      return tags.some((tag) => tagMatches(test.tag, tag))
    }
    case 'flag':
      return (state?.flag ?? 0) === test.flag
    case 'is':
      return matchesState(test.state, facts)
    case 'prop': {
      const fsrs = state?.fsrs
      let value: number | undefined
      switch (test.property) {
        case 'lapses':
          value = fsrs?.lapses ?? 0
          break
        case 'reps':
          value = fsrs?.reps ?? 0
          break
        case 'ivl':
          value = code === STATE_NEW ? 0 : (fsrs?.scheduled_days ?? 0)
          break
        case 'due': {
          const inQueue = queued(facts)
          value = inQueue ? dueDay(inQueue, clock) - today : undefined
          break
        }
        case 's':
          value = fsrs && code !== STATE_NEW ? fsrs.stability : undefined
          break
      }
      return value !== undefined && compare(value, test.comparison, test.value)
    }
  }
}

/** Whether `card` matches every term (a negated term: does not match it). */
export function matchesSearch(
  terms: readonly SearchTerm[],
  card: SearchableCard,
  clock: SearchClock,
): boolean {
  const today = dayNumber(clock.now, clock.dayStartHour, clock.utcOffsetMinutes)
  const facts: Facts = { state: card.state, today, clock }
  return terms.every((term) => matchesTest(term.test, card, facts) !== term.negated)
}
