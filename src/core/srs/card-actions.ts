/**
 * Card edits outside answering: bury, suspend, flag. Anki keeps a card either buried or
 * suspended, never both, so suspending clears a bury and burying a suspended card does nothing.
 * @see https://docs.ankiweb.net/studying.html#editing-and-more
 */
import { isFlag, type CardSrsState, type DayNumber, type Flag } from './card-state.ts'
import { SrsError } from './srs-error.ts'

/** Hidden for the rest of the learner's day `today` (see `dayNumber`). */
export function buryCard(state: CardSrsState, today: DayNumber): CardSrsState {
  if (state.suspended) return state
  return { ...state, buriedUntilDay: (today + 1) as DayNumber }
}

export function unburyCard(state: CardSrsState): CardSrsState {
  return state.buriedUntilDay === null ? state : { ...state, buriedUntilDay: null }
}

export function isBuried(state: CardSrsState, today: DayNumber): boolean {
  return state.buriedUntilDay !== null && today < state.buriedUntilDay
}

export function suspendCard(state: CardSrsState): CardSrsState {
  return { ...state, suspended: true, buriedUntilDay: null }
}

export function unsuspendCard(state: CardSrsState): CardSrsState {
  return state.suspended ? { ...state, suspended: false } : state
}

/** Flag 0 removes the flag; throws on anything but 0–7. */
export function setFlag(state: CardSrsState, flag: Flag): CardSrsState {
  if (!isFlag(flag)) {
    throw new SrsError('INVALID_FLAG', `flag must be a whole number 0–7 (got ${String(flag)})`, {
      flag,
    })
  }
  return { ...state, flag }
}

/** Clears the leech tag, e.g. after the learner rewrote their mnemonic. */
export function clearLeech(state: CardSrsState): CardSrsState {
  return state.leech ? { ...state, leech: false } : state
}

/** A change to a card outside answering: what the study screen and the card browser can do. */
export type CardEdit =
  | { readonly kind: 'bury'; readonly today: DayNumber }
  | { readonly kind: 'unbury' }
  | { readonly kind: 'suspend' }
  | { readonly kind: 'unsuspend' }
  | { readonly kind: 'flag'; readonly flag: Flag }
  /** The flag and the leech tag cleared, e.g. after the learner rewrote their mnemonic. */
  | { readonly kind: 'clear-marks' }

export type CardEditKind = CardEdit['kind']

export function applyCardEdit(state: CardSrsState, edit: CardEdit): CardSrsState {
  switch (edit.kind) {
    case 'bury':
      return buryCard(state, edit.today)
    case 'unbury':
      return unburyCard(state)
    case 'suspend':
      return suspendCard(state)
    case 'unsuspend':
      return unsuspendCard(state)
    case 'flag':
      return setFlag(state, edit.flag)
    case 'clear-marks':
      return clearLeech(setFlag(state, 0))
  }
}
