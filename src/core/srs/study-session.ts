/**
 * The study session as pure transitions: which card is on screen and what is left today, given
 * the learner's data and a clock. The study store (src/stores/study-store.ts) holds the data,
 * writes through storage, and asks this module what to show next.
 */
import type { CardId } from '../deck/card.ts'
import type { CardSrsState } from './card-state.ts'
import { cramQueue, startCram, type CramSession } from './cram-session.ts'
import type { CustomStudy } from './custom-study.ts'
import type { UtcOffset } from './day.ts'
import { nextDueAfterToday, type NextDueResult } from './next-due.ts'
import { buildQueue, type QueueKind, type StudyQueue } from './queue.ts'
import type { ReviewLogEntry } from './review-log.ts'
import type { SrsSettings } from './settings.ts'

/** The card on screen, and when it was shown (the answer time starts there). */
export interface CurrentCard {
  readonly cardId: CardId
  readonly kind: QueueKind
  readonly shownAt: number
}

/** A custom study session the learner started (Anki's custom study), with its own name. */
export interface ActiveCustomStudy {
  readonly label: string
  readonly study: CustomStudy
  /** A cram session's own queue (cram leaves the schedule, and so the states, unchanged). */
  readonly cram?: CramSession
}

export interface SessionData {
  /** Deck card ids in deck order. */
  readonly cardIds: readonly CardId[]
  readonly states: ReadonlyMap<CardId, CardSrsState>
  /** The review log, oldest first: all of it, or at least `SESSION_LOG_WINDOW_MS` back. */
  readonly logs: readonly ReviewLogEntry[]
  readonly settings: SrsSettings
  readonly utcOffsetMinutes: UtcOffset
  readonly custom: ActiveCustomStudy | undefined
}

export interface SessionView {
  readonly queue: StudyQueue
  /** Undefined: nothing left to study now. */
  readonly current: CurrentCard | undefined
  /** When the next cards come, once nothing is left (the "all done" screen). */
  readonly nextDue: NextDueResult | undefined
}

/** Logs since `time`, scanning back from the newest (the log is in time order). */
function logsSince(logs: readonly ReviewLogEntry[], time: number): readonly ReviewLogEntry[] {
  let i = logs.length
  while (i > 0 && logs[i - 1]!.reviewedAt >= time) i--
  return logs.slice(i)
}

/**
 * How far back the session needs the review log: today's answers count against the daily
 * limits. Generous: the queue keeps only today's entries, whatever the time zone and day start.
 * A store may load just these (`logs` need hold no more), so a history of years costs nothing.
 */
export const SESSION_LOG_WINDOW_MS = 36 * 3_600_000

/**
 * Today's queue at `now` and the card to show: `prefer` when it is still queued (the card on
 * screen stays put when another tab's change reloads the data), else the queue's first.
 */
export function scheduleSession(data: SessionData, now: number, prefer?: CardId): SessionView {
  const { cardIds, states, settings, utcOffsetMinutes, custom } = data
  const built = buildQueue({
    cardIds,
    states,
    todayLogs: logsSince(data.logs, now - SESSION_LOG_WINDOW_MS),
    now,
    settings,
    utcOffsetMinutes,
    ...(custom ? { custom: custom.study } : {}),
  })
  const queue = custom?.cram ? cramQueue(custom.cram, states, built.today, built) : built
  const item = queue.items.find((i) => i.cardId === prefer) ?? queue.items[0]
  const current = item ? { cardId: item.cardId, kind: item.kind, shownAt: now } : undefined
  const nextDue = current
    ? undefined
    : nextDueAfterToday({ cardIds, states, now, settings, utcOffsetMinutes })
  return { queue, current, nextDue }
}

/**
 * A custom study session as the learner starts it. A cram session takes its cards once, from the
 * cram queue at `now`, and keeps them as its own queue.
 */
export function beginCustomStudy(
  data: SessionData,
  label: string,
  study: CustomStudy,
  now: number,
): ActiveCustomStudy {
  if (study.mode !== 'cram') return { label, study }
  const { queue } = scheduleSession({ ...data, custom: { label, study } }, now)
  return { label, study, cram: startCram(queue) }
}
