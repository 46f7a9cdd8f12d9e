/**
 * Keeping learner state in step with a new deck build. Ids are stable and hand-written, so an
 * edited card keeps its schedule. New ids need no record (no state = new). A removed card keeps
 * its state and history but is hidden; if it comes back it resumes where it was.
 */
import type { CardId } from '../deck/card.ts'
import type { CardSrsState } from './card-state.ts'

export interface Reconciled {
  readonly states: ReadonlyMap<CardId, CardSrsState>
  /** Records whose `removedFromDeck` changed: the ones storage must write. */
  readonly changed: readonly CardSrsState[]
  /** Deck ids without a record: new cards. */
  readonly added: readonly CardId[]
  readonly removed: readonly CardId[]
  readonly restored: readonly CardId[]
}

export function reconcileWithDeck(
  states: ReadonlyMap<CardId, CardSrsState>,
  deckCardIds: Iterable<CardId>,
): Reconciled {
  const inDeck = new Set(deckCardIds)
  const next = new Map<CardId, CardSrsState>()
  const changed: CardSrsState[] = []
  const removed: CardId[] = []
  const restored: CardId[] = []
  for (const [id, state] of states) {
    const gone = !inDeck.has(id)
    if (gone === state.removedFromDeck) {
      next.set(id, state)
      continue
    }
    const updated = { ...state, removedFromDeck: gone }
    next.set(id, updated)
    changed.push(updated)
    if (gone) removed.push(id)
    else restored.push(id)
  }
  const added = [...inDeck].filter((id) => !states.has(id))
  return { states: next, changed, added, removed, restored }
}
