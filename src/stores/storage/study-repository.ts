/**
 * Reads and writes study progress. Each grade is one IndexedDB transaction with
 * `durability: 'strict'` that writes the card's new state and its log entry together and checks,
 * inside the same transaction, that the card is still as the grader saw it: IndexedDB runs
 * overlapping read-write transactions one after another, so two tabs can never grade the same
 * card twice. The promise resolves only once the data is on disk.
 * @see https://developer.chrome.com/blog/indexeddb-durability-mode-now-defaults-to-relaxed
 */
import type { IDBPTransaction } from 'idb'
import type { CardId } from '@/core/deck/index.ts'
import type { CardSrsState, ReviewLogEntry } from '@/core/srs/first-screen.ts'
import type { KeyDeckDb, KeyDeckSchema, MetaKey, MetaValues } from './keydeck-db.ts'

const STRICT = { durability: 'strict' } as const

/** The card changed since it was shown (graded in another tab): nothing was written. */
export class StaleCardError extends Error {
  override readonly name = 'StaleCardError'
}

export interface StoredStudy {
  readonly states: CardSrsState[]
  readonly logs: ReviewLogEntry[]
  readonly meta: Partial<MetaValues>
}

/** A card's version for the staleness check: its review count and last review time. */
function versionOf(state: CardSrsState | undefined): string {
  return `${state?.fsrs.reps ?? 0}@${state?.fsrs.last_review ?? 'never'}`
}

/**
 * Inside a read-write transaction (IndexedDB runs them one at a time across tabs): aborts it
 * with StaleCardError when the stored card is no longer the one this tab saw.
 */
async function abortIfStale(
  tx: IDBPTransaction<KeyDeckSchema, ('cardStates' | 'reviewLog')[], 'readwrite'>,
  cardId: CardId,
  seen: CardSrsState | undefined,
  what: string,
): Promise<void> {
  const stored = await tx.objectStore('cardStates').get(cardId)
  if (versionOf(stored) === versionOf(seen)) return
  tx.abort()
  await tx.done.catch(() => undefined)
  throw new StaleCardError(`card ${cardId} ${what}`)
}

/**
 * Runs `work` in `tx` and aborts the transaction if anything fails. A write that throws
 * synchronously (a DataError for a bad key) does not abort an IndexedDB transaction by itself:
 * without this, the writes before it would still commit.
 */
async function allOrNothing(
  tx: { abort(): void; done: Promise<void> },
  work: () => Promise<unknown>,
): Promise<void> {
  try {
    await work()
  } catch (error) {
    try {
      tx.abort()
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined)
    throw error
  }
  await tx.done
}

export function createStudyRepository(db: KeyDeckDb) {
  return {
    async loadAll(): Promise<StoredStudy> {
      const tx = db.transaction(['cardStates', 'reviewLog', 'meta'])
      const [states, logs, metaKeys, metaValues] = await Promise.all([
        tx.objectStore('cardStates').getAll(),
        tx.objectStore('reviewLog').index('byTime').getAll(),
        tx.objectStore('meta').getAllKeys(),
        tx.objectStore('meta').getAll(),
      ])
      await tx.done
      const meta: Partial<MetaValues> = {}
      metaKeys.forEach((key, i) => Object.assign(meta, { [key]: metaValues[i] }))
      return { states, logs, meta }
    },

    /** Writes a grade: the new state and its log entry, atomically, unless the card is stale. */
    async commitReview(
      next: CardSrsState,
      log: ReviewLogEntry,
      seen: CardSrsState | undefined,
    ): Promise<void> {
      const tx = db.transaction(['cardStates', 'reviewLog'], 'readwrite', STRICT)
      await abortIfStale(tx, next.cardId, seen, 'was already answered in another tab')
      await Promise.all([
        tx.objectStore('cardStates').put(next),
        tx.objectStore('reviewLog').add(log),
      ])
      await tx.done
    },

    /**
     * Takes a grade back: deletes its log entry and writes the card as it was (undefined: it had
     * no record), unless another tab answered the card since this tab last saw it as `seen`.
     */
    async undoReview(
      log: ReviewLogEntry,
      restored: CardSrsState | undefined,
      seen: CardSrsState | undefined,
    ): Promise<void> {
      const tx = db.transaction(['cardStates', 'reviewLog'], 'readwrite', STRICT)
      await abortIfStale(tx, log.cardId, seen, 'was answered again in another tab')
      await Promise.all([
        tx.objectStore('reviewLog').delete(log.id),
        restored
          ? tx.objectStore('cardStates').put(restored)
          : tx.objectStore('cardStates').delete(log.cardId),
      ])
      await tx.done
    },

    /** Bury, suspend, flag, leech changes: one card's state, without a log entry. */
    async putState(state: CardSrsState): Promise<void> {
      await db.put('cardStates', state)
    },

    async setMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void> {
      const tx = db.transaction('meta', 'readwrite', STRICT)
      await tx.store.put(value, key)
      await tx.done
    },

    /**
     * Replaces everything (backup import) in one transaction: if any write fails, the
     * transaction aborts and the existing data is untouched.
     */
    async replaceAll(data: {
      states: readonly CardSrsState[]
      logs: readonly ReviewLogEntry[]
      settings: unknown
    }): Promise<void> {
      const tx = db.transaction(['cardStates', 'reviewLog', 'meta'], 'readwrite', STRICT)
      const states = tx.objectStore('cardStates')
      const logs = tx.objectStore('reviewLog')
      await allOrNothing(tx, async () => {
        await Promise.all([states.clear(), logs.clear()])
        await Promise.all([
          ...data.states.map((s) => states.put(s)),
          ...data.logs.map((l) => logs.put(l)),
          tx.objectStore('meta').put(data.settings, 'settings'),
        ])
      })
    },

    /** Deletes all study data (the "start over" action, and tests). */
    async wipe(): Promise<void> {
      const tx = db.transaction(['cardStates', 'reviewLog', 'meta'], 'readwrite', STRICT)
      await Promise.all([
        tx.objectStore('cardStates').clear(),
        tx.objectStore('reviewLog').clear(),
        tx.objectStore('meta').clear(),
      ])
      await tx.done
    },
  }
}

export type StudyRepository = ReturnType<typeof createStudyRepository>
