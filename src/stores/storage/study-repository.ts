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
import type { CardNote, CardSrsState, CardWrite, ReviewLogEntry } from '@/core/srs/first-screen.ts'
import { sameCardState } from '@/core/srs/first-screen.ts'
import type { KeyDeckDb, KeyDeckSchema, MetaKey, MetaValues } from './keydeck-db.ts'

const STRICT = { durability: 'strict' } as const

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

/** Everything study keeps: what a backup holds. */
export interface StoredEverything {
  readonly states: readonly CardSrsState[]
  /** Oldest first. */
  readonly logs: readonly ReviewLogEntry[]
  readonly notes: readonly CardNote[]
  readonly meta: Partial<MetaValues>
}

/** What a backup import writes: all of study's data. */
export interface WholeStudyData {
  readonly states: readonly CardSrsState[]
  readonly logs: readonly ReviewLogEntry[]
  readonly notes: readonly CardNote[]
  readonly settings: unknown
  readonly settingsChangedAt: number
}

const WHOLE: ('cardStates' | 'reviewLog' | 'cardNotes' | 'meta')[] = [
  'cardStates',
  'reviewLog',
  'cardNotes',
  'meta',
]

async function readEverything(
  tx: IDBPTransaction<KeyDeckSchema, typeof WHOLE, IDBTransactionMode>,
): Promise<StoredEverything> {
  const meta = tx.objectStore('meta')
  const [states, logs, notes, metaKeys, metaValues] = await Promise.all([
    tx.objectStore('cardStates').getAll(),
    tx.objectStore('reviewLog').index('byTime').getAll(),
    tx.objectStore('cardNotes').getAll(),
    meta.getAllKeys(),
    meta.getAll(),
  ])
  return { states, logs, notes, meta: metaOf(metaKeys, metaValues) }
}

function metaOf(keys: MetaKey[], values: MetaValues[MetaKey][]): Partial<MetaValues> {
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

/** Writes `data` into cleared card states and notes; a review is written unless `stored` holds it as is. */
function writeWhole(
  tx: IDBPTransaction<KeyDeckSchema, typeof WHOLE, 'readwrite'>,
  data: WholeStudyData,
  stored: ReadonlyMap<string, ReviewLogEntry>,
): Promise<unknown> {
  const states = tx.objectStore('cardStates')
  const logs = tx.objectStore('reviewLog')
  const notes = tx.objectStore('cardNotes')
  const meta = tx.objectStore('meta')
  const started: Promise<unknown>[] = []
  try {
    for (const state of data.states) started.push(states.put(state))
    for (const log of data.logs) if (stored.get(log.id) !== log) started.push(logs.put(log))
    for (const note of data.notes) started.push(notes.put(note))
    started.push(meta.put(data.settings, 'settings'))
    started.push(meta.put(data.settingsChangedAt, 'settingsChangedAt'))
  } catch (error) {
    // A write that fails as it starts (a DataError) aborts the transaction: the requests started
    // before it then fail too, and nobody else awaits them.
    for (const request of started) request.catch(() => undefined)
    throw error
  }
  return Promise.all(started)
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

    /** Everything, notes too, as one consistent snapshot (a backup export). */
    async loadEverything(): Promise<StoredEverything> {
      const tx = db.transaction(WHOLE)
      const everything = await readEverything(tx)
      await tx.done
      return everything
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
      const tx = db.transaction('meta', 'readwrite', STRICT)
      await tx.store.put(value, key)
      await tx.done
    },

    /**
     * Replaces everything (backup import) in one transaction: if any write fails, the
     * transaction aborts and the existing data is untouched.
     */
    async replaceAll(data: WholeStudyData): Promise<void> {
      const tx = db.transaction(WHOLE, 'readwrite', STRICT)
      await allOrNothing(tx, async () => {
        await Promise.all([
          tx.objectStore('cardStates').clear(),
          tx.objectStore('reviewLog').clear(),
          tx.objectStore('cardNotes').clear(),
        ])
        await writeWhole(tx, data, new Map())
      })
    },

    /**
     * Reads everything and writes what `merge` makes of it, in one transaction, so no other
     * tab's answer can fall between the read and the write. `merge` must be synchronous (an
     * IndexedDB transaction ends when it waits on anything else). Only the reviews that are new
     * or changed are written.
     */
    async mergeAll(merge: (stored: StoredEverything) => WholeStudyData): Promise<void> {
      const tx = db.transaction(WHOLE, 'readwrite', STRICT)
      await allOrNothing(tx, async () => {
        const stored = await readEverything(tx)
        const next = merge(stored)
        const before = new Map(stored.logs.map((l) => [l.id, l]))
        const kept = new Set(next.logs.map((l) => l.id))
        const logs = tx.objectStore('reviewLog')
        await Promise.all([
          tx.objectStore('cardStates').clear(),
          tx.objectStore('cardNotes').clear(),
          ...stored.logs.filter((l) => !kept.has(l.id)).map((l) => logs.delete(l.id)),
        ])
        await writeWhole(tx, next, before)
      })
    },

    /** Deletes all study data (the "start over" action, and tests). */
    async wipe(): Promise<void> {
      const tx = db.transaction(WHOLE, 'readwrite', STRICT)
      await Promise.all(WHOLE.map((name) => tx.objectStore(name).clear()))
      await tx.done
    },
  }
}

export type StudyRepository = ReturnType<typeof createStudyRepository>
