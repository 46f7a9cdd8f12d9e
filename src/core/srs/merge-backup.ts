/**
 * Merging the learner data of two devices (a backup file into this browser's data), so one
 * learner can study on two devices without losing either's reviews. The rule is the one the
 * review log was made for (see rebuild.ts): the union of both logs (each review has an id), then
 * every card's FSRS state rebuilt from the merged log. What the log does not hold is merged field
 * by field with rules that need no clock: suspend and the leech tag stick (either side's wins),
 * the later bury wins, the higher flag number wins. Settings come from the side that saved them
 * later, a note from the side that wrote it later.
 *
 * Every rule is a union or a maximum, so the merge is symmetric (A into B gives what B into A
 * gives) and merging the same data again changes nothing (merge-backup.test.ts, fast-check).
 * One consequence: an answer undone on one device but still in the other's log comes back.
 * @see https://www.inkandswitch.com/local-first/ (merging replicas without a server)
 */
import type { CardId } from '../deck/card.ts'
import { isNewerNote, type CardNote } from './card-note.ts'
import type { CardSrsState, DayNumber } from './card-state.ts'
import { rebuildStateFromLog } from './rebuild.ts'
import type { ReviewLogEntry, ReviewLogId } from './review-log.ts'
import { SCHEMA_VERSION, type SrsData } from './schema.ts'
import type { SrsSettings } from './settings.ts'

/** All of one side's learner data: what a backup holds and what a browser stores. */
export interface LearnerData {
  readonly data: SrsData
  readonly settings: SrsSettings
  /** When the settings were last saved (epoch ms; 0: never, or before this was recorded). */
  readonly settingsChangedAt: number
  readonly notes: readonly CardNote[]
}

/** JSON with sorted keys: equal values give equal text whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** Deep equality of JSON values (records and logs), whatever the order of their keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) =>
    sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  )
}

/**
 * A fixed choice between two values that should be equal but may not be (the same review id
 * written twice, two settings saved at the same instant): either order of the sides picks the same.
 */
function pickFixed<T>(a: T, b: T): T {
  if (sameJson(a, b)) return a
  return canonical(a) >= canonical(b) ? a : b
}

function laterBury(a: DayNumber | null, b: DayNumber | null): DayNumber | null {
  if (a === null) return b
  if (b === null) return a
  return a >= b ? a : b
}

/**
 * The card's marks from both sides. The FSRS part is chosen by a fixed rule here; it matters only
 * for a card that has no answer in either log (the log decides otherwise).
 */
function mergeMarks(a: CardSrsState | undefined, b: CardSrsState | undefined): CardSrsState {
  if (!a || !b) return (a ?? b)!
  const suspended = a.suspended || b.suspended
  return {
    cardId: a.cardId,
    fsrs: pickFixed(a.fsrs, b.fsrs),
    suspended,
    // Anki keeps a card buried or suspended, never both (card-actions.ts).
    buriedUntilDay: suspended ? null : laterBury(a.buriedUntilDay, b.buriedUntilDay),
    flag: a.flag >= b.flag ? a.flag : b.flag,
    leech: a.leech || b.leech,
    // A card is hidden as removed only if neither side's deck has it.
    removedFromDeck: a.removedFromDeck && b.removedFromDeck,
  }
}

function unionOfLogs(a: readonly ReviewLogEntry[], b: readonly ReviewLogEntry[]) {
  const byId = new Map<ReviewLogId, ReviewLogEntry>()
  for (const log of a) byId.set(log.id, log)
  for (const log of b) {
    const other = byId.get(log.id)
    byId.set(log.id, other ? pickFixed(other, log) : log)
  }
  return [...byId.values()].sort(
    (x, y) => x.reviewedAt - y.reviewedAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  )
}

function byCard<T extends { readonly cardId: CardId }>(items: readonly T[]): Map<CardId, T[]> {
  const groups = new Map<CardId, T[]>()
  for (const item of items) {
    const group = groups.get(item.cardId)
    if (group) group.push(item)
    else groups.set(item.cardId, [item])
  }
  return groups
}

function mergeStates(
  a: readonly CardSrsState[],
  b: readonly CardSrsState[],
  logs: readonly ReviewLogEntry[],
): CardSrsState[] {
  const ours = new Map(a.map((s) => [s.cardId, s]))
  const theirs = new Map(b.map((s) => [s.cardId, s]))
  const logsOf = byCard(logs)
  const ids = new Set<CardId>([...ours.keys(), ...theirs.keys(), ...logsOf.keys()])
  const states: CardSrsState[] = []
  for (const cardId of [...ids].sort()) {
    const mine = ours.get(cardId)
    const other = theirs.get(cardId)
    const base = mine || other ? mergeMarks(mine, other) : undefined
    const state = rebuildStateFromLog(cardId, logsOf.get(cardId) ?? [], base) ?? base
    if (state) states.push(state)
  }
  return states
}

function mergeNotes(a: readonly CardNote[], b: readonly CardNote[]): CardNote[] {
  const notes = new Map(a.map((n) => [n.cardId, n]))
  for (const note of b) {
    const other = notes.get(note.cardId)
    if (!other || isNewerNote(note, other)) notes.set(note.cardId, note)
  }
  return [...notes.values()].sort((x, y) => (x.cardId < y.cardId ? -1 : 1))
}

/** The two sides' data as one: see the top of this file for the rules. */
export function mergeLearnerData(a: LearnerData, b: LearnerData): LearnerData {
  const logs = unionOfLogs(a.data.logs, b.data.logs)
  const settings =
    a.settingsChangedAt === b.settingsChangedAt
      ? pickFixed(a.settings, b.settings)
      : a.settingsChangedAt > b.settingsChangedAt
        ? a.settings
        : b.settings
  return {
    data: {
      version: SCHEMA_VERSION,
      states: mergeStates(a.data.states, b.data.states, logs),
      logs,
    },
    settings,
    settingsChangedAt: Math.max(a.settingsChangedAt, b.settingsChangedAt),
    notes: mergeNotes(a.notes, b.notes),
  }
}
