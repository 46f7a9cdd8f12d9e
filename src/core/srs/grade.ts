/**
 * Answering a card. Preview and commit must be given the SAME `now`: ts-fsrs seeds its fuzz with
 * `${review_time}_${reps}_${D*S}`, so the interval on a button is the one the answer commits
 * only if the time is captured once, when the answer is revealed.
 * @see https://github.com/open-spaced-repetition/ts-fsrs/blob/main/packages/fsrs/src/strategies/seed.ts
 */
import type { RecordLogItem } from 'ts-fsrs'
import { fromFsrsCard, toFsrsCard, type CardSrsState } from './card-state.ts'
import { formatInterval } from './interval-label.ts'
import { isLeechLapse } from './leech.ts'
import {
  GRADES,
  isGrade,
  reviewLogId,
  type Grade,
  type LeechEvent,
  type ReviewKind,
  type ReviewLogEntry,
} from './review-log.ts'
import { schedulerFor } from './scheduler.ts'
import type { SrsSettings } from './settings.ts'
import { SrsError } from './srs-error.ts'

export interface GradeOutcome {
  readonly grade: Grade
  /** Epoch ms the card comes back if answered with this grade. */
  readonly due: number
  readonly intervalMs: number
  /** Button label: "<1m", "10m", "3d", "2.1mo". */
  readonly label: string
  readonly scheduledDays: number
}

export type GradePreview = Readonly<Record<Grade, GradeOutcome>>

export interface GradeOptions {
  readonly durationMs?: number
}

export interface GradeResult {
  readonly state: CardSrsState
  readonly log: ReviewLogEntry
}

function assertGrade(grade: unknown): asserts grade is Grade {
  if (!isGrade(grade)) {
    throw new SrsError('INVALID_GRADE', `grade must be 1, 2, 3 or 4 (got ${String(grade)})`, {
      grade,
    })
  }
}

/** The four outcomes for the answer buttons; pass the same `now` to `gradeCard` afterwards. */
export function previewGrades(
  state: CardSrsState,
  now: number,
  settings: SrsSettings,
): GradePreview {
  const preview = schedulerFor(settings).repeat(toFsrsCard(state.fsrs), now)
  const outcome = (grade: Grade): GradeOutcome => {
    const { card } = preview[grade]
    const due = card.due.getTime()
    return {
      grade,
      due,
      intervalMs: due - now,
      label: formatInterval(due - now),
      scheduledDays: card.scheduled_days,
    }
  }
  const [again, hard, good, easy] = GRADES.map(outcome) as [
    GradeOutcome,
    GradeOutcome,
    GradeOutcome,
    GradeOutcome,
  ]
  return { 1: again, 2: hard, 3: good, 4: easy }
}

function logEntry(
  state: CardSrsState,
  item: RecordLogItem,
  kind: ReviewKind,
  after: CardSrsState['fsrs'],
  leechEvent: LeechEvent | undefined,
  options: GradeOptions,
): ReviewLogEntry {
  const { log } = item
  const reviewedAt = log.review.getTime()
  return {
    id: reviewLogId(state.cardId, reviewedAt, kind),
    cardId: state.cardId,
    kind,
    reviewedAt,
    rating: log.rating,
    state: log.state,
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsed_days,
    last_elapsed_days: log.last_elapsed_days,
    scheduled_days: log.scheduled_days,
    learning_steps: log.learning_steps,
    previousDue: state.fsrs.due,
    after,
    ...(leechEvent ? { leechEvent } : {}),
    ...(options.durationMs === undefined ? {} : { durationMs: options.durationMs }),
  }
}

/**
 * Commits an answer: the new state and the log entry to append, in one storage transaction.
 * On the lapse that reaches the leech threshold (and every half-threshold after, as Anki does)
 * the card is tagged as a leech and, with `leechAction: 'suspend'`, suspended.
 */
export function gradeCard(
  state: CardSrsState,
  grade: Grade,
  now: number,
  settings: SrsSettings,
  options: GradeOptions = {},
): GradeResult {
  assertGrade(grade)
  const item = schedulerFor(settings).next(toFsrsCard(state.fsrs), now, grade)
  const after = fromFsrsCard(item.card)
  const lapsed = after.lapses > state.fsrs.lapses
  const leechEvent: LeechEvent | undefined =
    lapsed && isLeechLapse(after.lapses, settings.leechThreshold)
      ? { action: settings.leechAction, wasLeech: state.leech, wasSuspended: state.suspended }
      : undefined
  const next: CardSrsState = {
    ...state,
    fsrs: after,
    leech: state.leech || leechEvent !== undefined,
    suspended: state.suspended || leechEvent?.action === 'suspend',
  }
  return { state: next, log: logEntry(state, item, 'review', after, leechEvent, options) }
}

/**
 * A custom-study (cram) answer: a log entry marked `cram` whose `after` equals the state before,
 * and no new state. Statistics count it as activity but never as a scheduled review.
 */
export function gradeCram(
  state: CardSrsState,
  grade: Grade,
  now: number,
  settings: SrsSettings,
  options: GradeOptions = {},
): { readonly log: ReviewLogEntry } {
  assertGrade(grade)
  const item = schedulerFor(settings).next(toFsrsCard(state.fsrs), now, grade)
  return { log: logEntry(state, item, 'cram', state.fsrs, undefined, options) }
}
