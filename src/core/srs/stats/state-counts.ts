/**
 * Card counts for the pie chart, each card in exactly one group: suspended first, then buried,
 * then its FSRS state. Removed cards are not counted; cards without a record are new.
 * @see https://docs.ankiweb.net/stats.html (Card Counts)
 */
import type { CardId } from '../../deck/card.ts'
import type { CardSrsState, DayNumber } from '../card-state.ts'
import { isBuried } from '../card-actions.ts'

export interface StateCounts {
  readonly new: number
  readonly learning: number
  readonly review: number
  readonly relearning: number
  readonly suspended: number
  readonly buried: number
  readonly total: number
}

export function countsByState(
  cardIds: readonly CardId[],
  states: ReadonlyMap<CardId, CardSrsState>,
  today: DayNumber,
): StateCounts {
  // Indexed by FSRS state code: New, Learning, Review, Relearning.
  const byState = [0, 0, 0, 0]
  let suspended = 0
  let buried = 0
  for (const cardId of cardIds) {
    const state = states.get(cardId)
    if (!state) byState[0]!++
    else if (state.removedFromDeck) continue
    else if (state.suspended) suspended++
    else if (isBuried(state, today)) buried++
    else byState[state.fsrs.state]!++
  }
  const [n = 0, l = 0, r = 0, rl = 0] = byState
  return {
    new: n,
    learning: l,
    review: r,
    relearning: rl,
    suspended,
    buried,
    total: n + l + r + rl + suspended + buried,
  }
}
