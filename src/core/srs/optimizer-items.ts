/**
 * The review log as the FSRS optimizer reads it: one "FSRS item" per answer that came on a later
 * day than the card's previous answer, holding every answer of the card up to it (the last one is
 * what the model must predict). This follows Anki's `reviews_for_fsrs` and
 * `fsrs_items_for_training`, so the learner's history trains the same way it would in Anki:
 *
 * - cram answers (`kind: 'cram'`, Anki's filtered deck without rescheduling) and manual changes
 *   (rating 0) are left out, and a reset (a manual entry) cuts the card's history there;
 * - a card's history starts at its first learning answer (the card was new or learning); a card
 *   with no learning answer (its start was lost) is left out;
 * - `deltaT` is in the learner's days (the day starts at "next day starts at", in their zone), so
 *   answers on the same day have `deltaT` 0: they stay in the history (FSRS-6 models same-day
 *   reviews) but are never what an item predicts;
 * - items are ordered by the time of the answer they predict.
 * @see https://github.com/ankitects/anki/blob/main/rslib/src/scheduler/fsrs/params.rs
 * @see https://github.com/open-spaced-repetition/fsrs-rs/blob/main/src/dataset.rs (FSRSItem)
 */
import type { CardId } from '../deck/card.ts'
import { STATE_LEARNING, STATE_NEW } from './card-state.ts'
import { byReviewTime, isGrade, type Grade, type ReviewLogEntry } from './review-log.ts'

/**
 * Anki refuses to optimize with fewer reviews than this ("Only N reviews were found. You must have
 * at least 400 reviews for this operation.").
 * @see https://github.com/ankitects/anki/blob/main/ftl/core/deck-config.ftl (deck-config-must-have-400-reviews)
 * @see https://github.com/ankitects/anki/blob/main/rslib/src/scheduler/fsrs/params.rs (compute_params: "less than 400")
 */
export const MIN_OPTIMIZER_REVIEWS = 400

/** One answer in an item: its grade and the learner days since the card's previous answer. */
export interface FsrsReview {
  readonly rating: Grade
  readonly deltaT: number
}

/** A card's answers up to one that is predicted (fsrs-rs `FSRSItem`). */
export interface FsrsItem {
  readonly reviews: readonly FsrsReview[]
}

export interface OptimizerHistory {
  readonly items: readonly FsrsItem[]
  /** The answers the items are built from (Anki's `review_count`). */
  readonly reviewsUsed: number
}

/**
 * Answers the optimizer can learn from, as the learner counts them: graded answers that changed
 * the schedule (not cram, not manual changes). The minimum Anki asks for is checked on this.
 */
export function countOptimizerReviews(logs: readonly ReviewLogEntry[]): number {
  let count = 0
  for (const log of logs) if (log.kind === 'review' && isGrade(log.rating)) count++
  return count
}

const isLearningAnswer = (log: ReviewLogEntry) =>
  log.state === STATE_NEW || log.state === STATE_LEARNING

/** The answers of one card (in time order) that train the optimizer, or none. */
function trainingAnswers(cardLogs: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  // After a reset only the answers that follow it count (Anki: entries before a `Reset` are
  // ignored); cram answers never changed the schedule.
  const lastReset = cardLogs.findLastIndex((log) => log.kind === 'manual')
  const graded = cardLogs
    .slice(lastReset + 1)
    .filter((log) => log.kind === 'review' && isGrade(log.rating))
  // Start at the first answer of the last run of learning answers (working back from the latest).
  let start = -1
  for (let i = graded.length - 1; i >= 0; i--) {
    if (isLearningAnswer(graded[i]!)) start = i
    else if (start !== -1) break
  }
  return start === -1 ? [] : graded.slice(start)
}

/**
 * Builds the optimizer's items from the review log. `dayOf` gives an instant's learner day
 * (`dayClock(...).dayOf`, or `dayNumber` with the learner's day start and zone).
 */
export function fsrsItemsFromLog(
  logs: readonly ReviewLogEntry[],
  dayOf: (epochMs: number) => number,
): OptimizerHistory {
  const byCard = new Map<CardId, ReviewLogEntry[]>()
  for (const log of logs) {
    const list = byCard.get(log.cardId)
    if (list) list.push(log)
    else byCard.set(log.cardId, [log])
  }
  const predicted: { at: number; item: FsrsItem }[] = []
  let reviewsUsed = 0
  for (const cardLogs of byCard.values()) {
    const answers = trainingAnswers([...cardLogs].sort(byReviewTime))
    reviewsUsed += answers.length
    const reviews: FsrsReview[] = []
    let previousDay = 0
    for (const [i, answer] of answers.entries()) {
      const day = dayOf(answer.reviewedAt)
      const deltaT = i === 0 ? 0 : Math.max(0, day - previousDay)
      previousDay = day
      reviews.push({ rating: answer.rating as Grade, deltaT })
      if (i > 0 && deltaT > 0)
        predicted.push({ at: answer.reviewedAt, item: { reviews: [...reviews] } })
    }
  }
  predicted.sort((a, b) => a.at - b.at)
  return { items: predicted.map((p) => p.item), reviewsUsed }
}

/** Items as fsrs-browser's `computeParameters` takes them: flat ratings and days, and lengths. */
export interface PackedFsrsItems {
  readonly ratings: Uint32Array
  readonly deltaTs: Uint32Array
  readonly lengths: Uint32Array
}

export function packFsrsItems(items: readonly FsrsItem[]): PackedFsrsItems {
  let total = 0
  for (const item of items) total += item.reviews.length
  const ratings = new Uint32Array(total)
  const deltaTs = new Uint32Array(total)
  const lengths = new Uint32Array(items.length)
  let at = 0
  for (const [i, item] of items.entries()) {
    lengths[i] = item.reviews.length
    for (const review of item.reviews) {
      ratings[at] = review.rating
      deltaTs[at] = review.deltaT
      at++
    }
  }
  return { ratings, deltaTs, lengths }
}
