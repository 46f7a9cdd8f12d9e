/**
 * Future due: scheduled cards per learner day for the next `days` days, today first. Overdue
 * cards count today; a buried card counts on the day its bury ends. New, suspended and removed
 * cards are not forecast, like Anki's Future Due graph.
 * @see https://docs.ankiweb.net/stats.html
 */
import type { CardId } from '../../deck/card.ts'
import { STATE_NEW, type CardSrsState } from '../card-state.ts'
import type { DayClock } from '../day.ts'

export interface Forecast {
  /** `perDay[0]` is today (including overdue cards). */
  readonly perDay: readonly number[]
  readonly total: number
}

export function dueForecast(
  cardIds: readonly CardId[],
  states: ReadonlyMap<CardId, CardSrsState>,
  clock: DayClock,
  days: number,
): Forecast {
  const perDay = new Array<number>(days).fill(0)
  const end = clock.startOf(clock.today + days)
  let total = 0
  for (const cardId of cardIds) {
    const state = states.get(cardId)
    if (!state || state.suspended || state.removedFromDeck) continue
    const { fsrs } = state
    if (fsrs.state === STATE_NEW || fsrs.due >= end) continue
    const day = Math.max(clock.dayOf(fsrs.due), state.buriedUntilDay ?? -Infinity, clock.today)
    const i = day - clock.today
    if (i >= days) continue
    perDay[i] = (perDay[i] ?? 0) + 1
    total++
  }
  return { perDay, total }
}
