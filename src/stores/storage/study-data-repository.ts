/**
 * Study's data as a whole: the backup export's snapshot, an import that replaces everything or
 * merges with it (two devices), and starting over. Each is one IndexedDB transaction over the
 * card states, the review log, the notes and the settings, all of it or nothing. Kept apart from
 * the study repository (one card at a time) so the study screen's first card does not load it;
 * the settings screen does.
 */
import type { IDBPTransaction } from 'idb'
import type { CardNote, CardSrsState, ReviewLogEntry } from '@/core/srs/first-screen.ts'
import type { KeyDeckDb, KeyDeckSchema, MetaValues } from './keydeck-db.ts'
import { allOrNothing, metaOf, STRICT } from './study-repository.ts'

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

export function createStudyDataRepository(db: KeyDeckDb) {
  return {
    /** Everything, notes too, as one consistent snapshot (a backup export). */
    async loadEverything(): Promise<StoredEverything> {
      const tx = db.transaction(WHOLE)
      const everything = await readEverything(tx)
      await tx.done
      return everything
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

    /**
     * Deletes all study data (the "start over" action, and tests). The sandbox's clock and caller,
     * kept in `meta` too, stay: its keys stay, and their dates must not come before the clock's
     * time; its identities stay, and so does the one the console calls as.
     */
    async wipe(): Promise<void> {
      const tx = db.transaction(WHOLE, 'readwrite', STRICT)
      const meta = tx.objectStore('meta')
      const studyMeta = (await meta.getAllKeys()).filter(
        (key) => key !== 'sandboxClock' && key !== 'sandboxCaller',
      )
      await Promise.all([
        ...WHOLE.filter((name) => name !== 'meta').map((name) => tx.objectStore(name).clear()),
        ...studyMeta.map((key) => meta.delete(key)),
      ])
      await tx.done
    },
  }
}

export type StudyDataRepository = ReturnType<typeof createStudyDataRepository>
