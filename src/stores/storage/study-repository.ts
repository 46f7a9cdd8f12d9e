/**
 * Reads and writes study progress. Every change to a card (an answer, an undo, a bury, suspend or
 * flag) is one `CardWrite` (src/core/srs/card-write.ts) and one IndexedDB transaction with
 * `durability: 'strict'`: it reads the stored card, refuses the write if that is no longer the
 * card this tab saw (another tab changed it), and writes the state and the log entry together.
 * IndexedDB runs overlapping read-write transactions one after another, so two tabs can never
 * lose each other's change. The promise resolves only once the data is on disk.
 * @see https://developer.chrome.com/blog/indexeddb-durability-mode-now-defaults-to-relaxed
 */
import type { IDBPTransaction } from 'idb'
import type { CardSrsState, CardWrite, ReviewLogEntry } from '@/core/srs/first-screen.ts'
import { sameCardState } from '@/core/srs/first-screen.ts'
import type { KeyDeckDb, KeyDeckSchema, MetaKey, MetaValues } from './keydeck-db.ts'
import { isDemoProfile } from './profile.ts'

export const STRICT = { durability: 'strict' } as const

/** The card changed since this tab read it (another tab wrote it): nothing was written. */
export class StaleCardError extends Error {
  override readonly name = 'StaleCardError'
}

export interface StoredStudy {
  readonly states: CardSrsState[]
  /** Oldest first: every review, or those since the time asked for. */
  readonly logs: ReviewLogEntry[]
  /** How many reviews are stored in all. */
  readonly reviewCount: number
  readonly meta: Partial<MetaValues>
}

export function metaOf(keys: MetaKey[], values: MetaValues[MetaKey][]): Partial<MetaValues> {
  const meta: Partial<MetaValues> = {}
  keys.forEach((key, i) => Object.assign(meta, { [key]: values[i] }))
  return meta
}

/**
 * Inside a read-write transaction (IndexedDB runs them one at a time across tabs): aborts it
 * with StaleCardError when the stored card is no longer the one this tab saw.
 */
async function abortIfStale(
  tx: IDBPTransaction<KeyDeckSchema, ('cardStates' | 'reviewLog')[], 'readwrite'>,
  write: CardWrite,
): Promise<void> {
  const stored = await tx.objectStore('cardStates').get(write.cardId)
  if (sameCardState(stored, write.seen)) return
  tx.abort()
  await tx.done.catch(() => undefined)
  throw new StaleCardError(`card ${write.cardId} changed in another tab`)
}

/**
 * Runs `work` in `tx` and aborts the transaction if anything fails. A write that throws
 * synchronously (a DataError for a bad key) does not abort an IndexedDB transaction by itself:
 * without this, the writes before it would still commit.
 */
export async function allOrNothing(
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
    /**
     * Every card state and the settings, with the reviews since `since` (epoch ms), or all of
     * them. The study screen needs only today's reviews: reading a history of years would hold
     * its first card back for seconds (e2e and bench/first-card-history-bench.ts).
     */
    async loadAll(since?: number): Promise<StoredStudy> {
      const tx = db.transaction(['cardStates', 'reviewLog', 'meta'])
      const reviews = tx.objectStore('reviewLog')
      const [states, logs, reviewCount, metaKeys, metaValues] = await Promise.all([
        tx.objectStore('cardStates').getAll(),
        reviews
          .index('byTime')
          .getAll(since === undefined ? undefined : IDBKeyRange.lowerBound(since)),
        reviews.count(),
        tx.objectStore('meta').getAllKeys(),
        tx.objectStore('meta').getAll(),
      ])
      await tx.done
      return { states, logs, reviewCount, meta: metaOf(metaKeys, metaValues) }
    },

    /**
     * One card's change, atomically: its new state (or no record), a log entry appended or
     * removed. Rejects with StaleCardError, writing nothing, when the stored card is not
     * `write.seen`.
     */
    async commit(write: CardWrite): Promise<void> {
      const tx = db.transaction(['cardStates', 'reviewLog'], 'readwrite', STRICT)
      await abortIfStale(tx, write)
      const states = tx.objectStore('cardStates')
      const logs = tx.objectStore('reviewLog')
      await allOrNothing(tx, () =>
        Promise.all([
          write.next ? states.put(write.next) : states.delete(write.cardId),
          write.appendLog ? logs.add(write.appendLog) : undefined,
          write.removeLogId !== undefined ? logs.delete(write.removeLogId) : undefined,
        ]),
      )
    },

    async setMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void> {
      // The demo profile never shows the backup reminder (no personal notices in a class demo):
      // it keeps no first-use or last-export time for the reminder to count from.
      if (isDemoProfile() && (key === 'firstUseAt' || key === 'lastExportAt')) return
      const tx = db.transaction('meta', 'readwrite', STRICT)
      await tx.store.put(value, key)
      await tx.done
    },
  }
}

export type StudyRepository = ReturnType<typeof createStudyRepository>
