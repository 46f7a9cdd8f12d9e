/**
 * For the "all done" screen: when the next cards come, e.g. "tomorrow at 4:00" or "in 3 days".
 * Review cards are available from the start of their learner day; learning cards at their due.
 * @see https://docs.ankiweb.net/studying.html (congratulations screen)
 */
import type { CardId } from '../deck/card.ts'
import { STATE_NEW, STATE_REVIEW, type CardSrsState, type DayNumber } from './card-state.ts'
import { dayClock, type UtcOffset } from './day.ts'
import type { SrsSettings } from './settings.ts'

export interface NextDue {
  readonly day: DayNumber
  /** 1 = tomorrow. */
  readonly inDays: number
  /** Epoch ms when the first of those cards can be studied. */
  readonly availableAt: number
  /** Scheduled (not new) cards due that day, including cards whose bury ends that day. */
  readonly count: number
}

export interface NextDueInput {
  readonly cardIds: readonly CardId[]
  readonly states: ReadonlyMap<CardId, CardSrsState>
  readonly now: number
  readonly settings: SrsSettings
  readonly utcOffsetMinutes: UtcOffset
}

export interface NextDueResult {
  /** Earliest day after today with scheduled cards, or `null` if nothing is scheduled. */
  readonly next: NextDue | null
  /** New cards remain, so tomorrow's new-card limit will bring cards even with no reviews. */
  readonly newCardsLeft: boolean
}

export function nextDueAfterToday(input: NextDueInput): NextDueResult {
  const clock = dayClock(input.now, input.settings.dayStartHour, input.utcOffsetMinutes)
  let bestDay = Infinity
  let availableAt = Infinity
  let count = 0
  let newCardsLeft = false
  for (const cardId of input.cardIds) {
    const state = input.states.get(cardId)
    if (state && (state.removedFromDeck || state.suspended)) continue
    if (!state || state.fsrs.state === STATE_NEW) {
      newCardsLeft = true
      continue
    }
    const { due } = state.fsrs
    const buried = state.buriedUntilDay ?? -Infinity
    const day = Math.max(clock.dayOf(due), buried)
    if (day <= clock.today || day > bestDay) continue
    const start = clock.startOf(day)
    const at = state.fsrs.state === STATE_REVIEW ? start : Math.max(due, start)
    if (day < bestDay) {
      bestDay = day
      availableAt = at
      count = 1
    } else {
      availableAt = Math.min(availableAt, at)
      count++
    }
  }
  const next =
    bestDay === Infinity
      ? null
      : { day: bestDay as DayNumber, inDays: bestDay - clock.today, availableAt, count }
  return { next, newCardsLeft }
}
