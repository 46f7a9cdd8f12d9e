/**
 * A learner's review history made up from a seed, for the optimizer's tests, its benchmark and
 * its browser test: cards are learned a few a day and answered when due, by a learner who
 * forgets faster than FSRS's defaults assume (so optimizing has something to find). The same
 * seed gives the same history. Test-only.
 */
import type { CardId } from '../../deck/card.ts'
import { forgetting_curve, default_w } from 'ts-fsrs'
import { newCardState, STATE_REVIEW, type CardSrsState } from '../card-state.ts'
import { gradeCard } from '../grade.ts'
import type { Grade, ReviewLogEntry } from '../review-log.ts'
import { DEFAULT_SETTINGS } from '../settings.ts'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** mulberry32: a small seeded generator, enough for made-up data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface SyntheticHistoryOptions {
  readonly cardIds: readonly CardId[]
  /** Stop once this many answers are logged (or every card is past `end`). */
  readonly reviews: number
  /** Epoch ms of the first answer. */
  readonly start: number
  readonly seed: number
  /** New cards a day (default 10). */
  readonly newPerDay?: number
}

export interface SyntheticHistory {
  readonly states: CardSrsState[]
  readonly logs: ReviewLogEntry[]
}

/**
 * Answers cards in time order until `reviews` answers are logged. Recall of a review card is
 * drawn from the FSRS-6 forgetting curve at 0.6 of the card's stability: this learner forgets
 * faster than the defaults predict.
 */
export function syntheticHistory(options: SyntheticHistoryOptions): SyntheticHistory {
  const random = seededRandom(options.seed)
  const newPerDay = options.newPerDay ?? 10
  const settings = { ...DEFAULT_SETTINGS, enableFuzz: false }
  const cards = options.cardIds.map((cardId, i) => ({
    state: newCardState(cardId, options.start),
    // New cards start a few a day, spread over the day.
    nextAt: options.start + Math.floor(i / newPerDay) * DAY + (i % newPerDay) * 7 * MINUTE,
  }))
  const logs: ReviewLogEntry[] = []
  while (logs.length < options.reviews) {
    let next = cards[0]!
    for (const card of cards) if (card.nextAt < next.nextAt) next = card
    const { state } = next
    const fsrs = state.fsrs
    let recall = 0.93
    if (fsrs.state === STATE_REVIEW && fsrs.last_review !== null) {
      const days = (next.nextAt - fsrs.last_review) / DAY
      recall = forgetting_curve(default_w, days, fsrs.stability * 0.6)
    }
    const roll = random()
    const grade: Grade = roll >= recall ? 1 : roll < recall * 0.1 ? 4 : roll < recall * 0.2 ? 2 : 3
    const result = gradeCard(state, grade, next.nextAt, settings, {
      durationMs: 3_000 + Math.floor(random() * 8_000),
    })
    logs.push(result.log)
    next.state = result.state
    // Answered when due, within a few hours.
    next.nextAt =
      Math.max(result.state.fsrs.due, next.nextAt + MINUTE) + Math.floor(random() * 3) * 60 * MINUTE
  }
  return { states: cards.filter((c) => c.state.fsrs.reps > 0).map((c) => c.state), logs }
}
