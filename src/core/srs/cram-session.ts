/**
 * A cram session's own queue. Cram reviews ahead without changing the schedule, so the card
 * states (and a queue built from them) stay as they were: the session keeps the cards still to
 * go, and moves on. Again sends the card to the back, to see it again in this session; Hard,
 * Good and Easy are done with it. The session ends when no card is left.
 * @see https://docs.ankiweb.net/filtered-decks.html#rescheduling (rescheduling off)
 */
import type { CardId } from '../deck/card.ts'
import type { CardSrsState, DayNumber } from './card-state.ts'
import { isBuried } from './card-actions.ts'
import type { GradeOutcome, GradePreview } from './grade.ts'
import type { QueueItem, StudyQueue } from './queue.ts'
import type { Grade } from './review-log.ts'

export interface CramSession {
  /** The cards still to go, next first. */
  readonly items: readonly QueueItem[]
}

/** A session over the cards a cram queue selected, in its order. */
export function startCram(queue: StudyQueue): CramSession {
  return { items: queue.items }
}

/** After an answer: Again to the back of the session, any other grade out of it. */
export function afterCramAnswer(session: CramSession, cardId: CardId, grade: Grade): CramSession {
  const answered = session.items.find((item) => item.cardId === cardId)
  const rest = session.items.filter((item) => item.cardId !== cardId)
  return { items: grade === 1 && answered ? [...rest, answered] : rest }
}

/** The session as a queue: its cards minus any suspended or buried since it began. */
export function cramQueue(
  session: CramSession,
  states: ReadonlyMap<CardId, CardSrsState>,
  today: DayNumber,
  base: Pick<StudyQueue, 'done'>,
): StudyQueue {
  const items = session.items.filter((item) => {
    const state = states.get(item.cardId)
    return !state || !(state.suspended || state.removedFromDeck || isBuried(state, today))
  })
  const count = (kind: QueueItem['kind']) => items.filter((item) => item.kind === kind).length
  return {
    items,
    counts: { new: count('new'), learning: count('learning'), review: count('review') },
    waiting: { count: 0, nextDueAt: null },
    isCram: true,
    today,
    done: base.done,
  }
}

/**
 * What the answer buttons say in cram: no interval, since the schedule does not change. Again
 * comes back in this session; the others are done with the card for now.
 */
export function cramPreview(now: number): GradePreview {
  const outcome = (grade: Grade, label: string): GradeOutcome => ({
    grade,
    due: now,
    intervalMs: 0,
    label,
    scheduledDays: 0,
  })
  return {
    1: outcome(1, 'again soon'),
    2: outcome(2, 'done'),
    3: outcome(3, 'done'),
    4: outcome(4, 'done'),
  }
}
