/**
 * Reads and writes the learner's notes on cards (the `cardNotes` store, keydeck-db.ts v3). A
 * backup import writes them with everything else through the study repository, in its one
 * transaction; this is for one note at a time, and loads with the notes only (not with the first
 * card).
 */
import type { CardNote } from '@/core/srs/first-screen.ts'
import type { KeyDeckDb } from './keydeck-db.ts'

export function createCardNoteRepository(db: KeyDeckDb) {
  return {
    loadAll(): Promise<CardNote[]> {
      return db.getAll('cardNotes')
    },

    /** Resolves once the note is on disk. */
    async save(note: CardNote): Promise<void> {
      const tx = db.transaction('cardNotes', 'readwrite', { durability: 'strict' })
      await tx.store.put(note)
      await tx.done
    },
  }
}

export type CardNoteRepository = ReturnType<typeof createCardNoteRepository>
