/**
 * Today's study queue, Anki-style (v3 scheduler defaults): (re)learning cards due now first,
 * then reviews due today (most overdue first) with new cards spread evenly among them. New cards
 * come in deck order. Daily limits subtract what was already done today. Learning cards due
 * later today wait (`waiting.nextDueAt`); they are shown early only when nothing else is left
 * (learn ahead limit). Rebuild the queue after every answer with the new `now`: it is O(cards).
 * @see https://docs.ankiweb.net/studying.html#learning
 * @see https://docs.ankiweb.net/deck-options.html#display-order
 */
import type { CardId } from '../deck/card.ts'
import { STATE_NEW, STATE_REVIEW, type CardSrsState, type DayNumber } from './card-state.ts'
import { isBuried } from './card-actions.ts'
import { selectionTest, type CustomStudy } from './custom-study.ts'
import { dayClock, type DayClock, type UtcOffset } from './day.ts'
import type { ReviewLogIndex } from './log-index.ts'
import type { ReviewLogEntry } from './review-log.ts'
import type { SrsSettings } from './settings.ts'
import { countToday, NOTHING_DONE, type TodayCounts } from './today-counts.ts'

export type QueueKind = 'learning' | 'review' | 'new'

export interface QueueItem {
  readonly cardId: CardId
  readonly kind: QueueKind
  /** Due time of learning and review cards; `null` for new cards. */
  readonly due: number | null
}

export interface QueueCounts {
  readonly new: number
  readonly learning: number
  readonly review: number
}

export interface StudyQueue {
  readonly items: readonly QueueItem[]
  readonly counts: QueueCounts
  /** Learning cards due later today, not in `items` yet. */
  readonly waiting: { readonly count: number; readonly nextDueAt: number | null }
  /** Answers must go through `gradeCram`: the schedule is not changed. */
  readonly isCram: boolean
  readonly today: DayNumber
  /** What was already done today, which the limits were reduced by (cram ignores limits). */
  readonly done: TodayCounts
}

export interface QueueInput {
  /** Ids of the deck's cards, in deck order; ids only in `states` are removed cards. */
  readonly cardIds: readonly CardId[]
  readonly states: ReadonlyMap<CardId, CardSrsState>
  /**
   * Today's counts, or the logs to count them from: any logs (only today's are counted; pass
   * just today's for speed) or a log index (binary search).
   */
  readonly done?: TodayCounts
  readonly todayLogs?: Iterable<ReviewLogEntry> | ReviewLogIndex
  readonly now: number
  readonly settings: SrsSettings
  readonly utcOffsetMinutes: UtcOffset
  readonly custom?: CustomStudy
}

interface Candidate {
  readonly cardId: CardId
  readonly due: number
  readonly order: number
}

const byDue = (a: Candidate, b: Candidate) => a.due - b.due || a.order - b.order

/** Is the card hidden from every queue today (removed, suspended, buried)? */
function isHidden(state: CardSrsState | undefined, today: DayNumber): boolean {
  if (!state) return false
  return state.removedFromDeck || state.suspended || isBuried(state, today)
}

/**
 * Spreads `b` evenly through `a`: with 4 reviews and 2 new cards, R N R R N R. Picks from `b`
 * whenever it has fallen behind its share (Bresenham-style), so the mix is stable and fair.
 */
export function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const takeB = i >= a.length || (j < b.length && j * a.length < i * b.length)
    if (takeB) out.push(b[j++] as T)
    else out.push(a[i++] as T)
  }
  return out
}

function item(kind: QueueKind, c: Candidate): QueueItem {
  return { cardId: c.cardId, kind, due: kind === 'new' ? null : c.due }
}

function counted(items: QueueItem[]): QueueCounts {
  let n = 0
  let l = 0
  let r = 0
  for (const it of items) {
    if (it.kind === 'new') n++
    else if (it.kind === 'learning') l++
    else r++
  }
  return { new: n, learning: l, review: r }
}

export function buildQueue(input: QueueInput): StudyQueue {
  const { settings, now, custom } = input
  const clock = dayClock(now, settings.dayStartHour, input.utcOffsetMinutes)
  const done = input.done ?? (input.todayLogs ? countToday(input.todayLogs, clock) : NOTHING_DONE)
  if (custom?.mode === 'cram') return cramQueue(input, custom, clock, done)

  const include = selectionTest(custom?.select)
  const overdueOnly = custom?.mode === 'overdue'
  const learningNow: Candidate[] = []
  const waiting: Candidate[] = []
  const reviews: Candidate[] = []
  const fresh: Candidate[] = []
  const { today, todayStart, tomorrowStart } = clock

  input.cardIds.forEach((cardId, order) => {
    if (!include(cardId)) return
    const state = input.states.get(cardId)
    if (isHidden(state, today)) return
    const fsrs = state?.fsrs
    if (!fsrs || fsrs.state === STATE_NEW) {
      if (!overdueOnly) fresh.push({ cardId, due: 0, order })
      return
    }
    const candidate = { cardId, due: fsrs.due, order }
    if (fsrs.state === STATE_REVIEW) {
      if (fsrs.due < (overdueOnly ? todayStart : tomorrowStart)) reviews.push(candidate)
    } else if (!overdueOnly) {
      if (fsrs.due <= now) learningNow.push(candidate)
      else if (fsrs.due < tomorrowStart) waiting.push(candidate)
    }
  })

  learningNow.sort(byDue)
  waiting.sort(byDue)
  reviews.sort(byDue)
  const limit = overdueOnly ? (custom.limit ?? Infinity) : Infinity
  const reviewCap = Math.min(limit, Math.max(0, settings.reviewsPerDay - done.reviewsDone))
  const extraNew = custom?.mode === 'today' ? (custom.extraNew ?? 0) : 0
  const newCap = Math.max(0, settings.newPerDay + extraNew - done.newIntroduced)
  const main = interleave(
    reviews.slice(0, reviewCap).map((c) => item('review', c)),
    fresh.slice(0, newCap).map((c) => item('new', c)),
  )
  const items = [...learningNow.map((c) => item('learning', c)), ...main]
  // Anki's learn ahead limit: learning cards due this soon are in today's learning queue.
  const horizon = now + settings.learnAheadMinutes * 60_000
  const ahead = waiting.filter((c) => c.due <= horizon)
  let stillWaiting = waiting
  if (items.length === 0) {
    // With nothing else to do, they are shown early.
    items.push(...ahead.map((c) => item('learning', c)))
    stillWaiting = waiting.slice(ahead.length)
  }
  const counts = counted(items)
  const aheadNotShown = stillWaiting === waiting ? ahead.length : 0
  return {
    items,
    // A card just failed is counted in Learning at once, as in Anki, though it is shown only
    // when due (or when nothing else is left).
    counts: { ...counts, learning: counts.learning + aheadNotShown },
    waiting: { count: stillWaiting.length, nextDueAt: stillWaiting[0]?.due ?? null },
    isCram: false,
    today,
    done,
  }
}

function cramQueue(
  input: QueueInput,
  custom: Extract<CustomStudy, { mode: 'cram' }>,
  clock: DayClock,
  done: TodayCounts,
): StudyQueue {
  const include = selectionTest(custom.select)
  const horizon =
    custom.aheadDays === undefined ? Infinity : clock.startOf(clock.today + 1 + custom.aheadDays)
  const scheduled: { kind: QueueKind; c: Candidate }[] = []
  const fresh: Candidate[] = []
  input.cardIds.forEach((cardId, order) => {
    if (!include(cardId)) return
    const state = input.states.get(cardId)
    if (isHidden(state, clock.today)) return
    const fsrs = state?.fsrs
    if (!fsrs || fsrs.state === STATE_NEW) {
      if (custom.includeNew ?? true) fresh.push({ cardId, due: 0, order })
      return
    }
    if (fsrs.due >= horizon) return
    const kind: QueueKind = fsrs.state === STATE_REVIEW ? 'review' : 'learning'
    scheduled.push({ kind, c: { cardId, due: fsrs.due, order } })
  })
  scheduled.sort((a, b) => byDue(a.c, b.c))
  const all = [...scheduled.map((s) => item(s.kind, s.c)), ...fresh.map((c) => item('new', c))]
  const items = all.slice(0, custom.limit ?? all.length)
  return {
    items,
    counts: counted(items),
    waiting: { count: 0, nextDueAt: null },
    isCram: true,
    today: clock.today,
    done,
  }
}
