/**
 * The learner's notes on cards (Anki's "edit": a mnemonic of their own under the answer), read
 * from IndexedDB and written there one at a time. It loads with the answer side of the study
 * screen and with a card's page, never before the first card. It reads the notes again whenever
 * the study data is read again (a backup import or merge, a delete, another tab's change) and
 * when another tab writes a note.
 */
import { useEffect } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { CardId } from '@/core/deck/card.ts'
import { NOTE_MAX_LENGTH, writeNote, type CardNote } from '@/core/srs/first-screen.ts'
import {
  createCardNoteRepository,
  type CardNoteRepository,
} from './storage/card-note-repository.ts'
import { keyDeckDb } from './storage/shared-db.ts'
import { studyStore } from './study.ts'

const CHANNEL = 'keydeck-notes'

interface NotesState {
  readonly notes: ReadonlyMap<CardId, CardNote>
  /** The notes were read at least once. */
  readonly loaded: boolean
}

const notesStore = createStore<NotesState>()(() => ({ notes: new Map(), loaded: false }))
const channel = 'BroadcastChannel' in globalThis ? new BroadcastChannel(CHANNEL) : undefined

let repository: Promise<CardNoteRepository> | undefined
function notesRepository(): Promise<CardNoteRepository> {
  repository ??= keyDeckDb().then(createCardNoteRepository, (error: unknown) => {
    repository = undefined // the next look tries again
    throw error
  })
  return repository
}

let loading: Promise<void> | undefined

async function read(): Promise<void> {
  const notes = await (await notesRepository()).loadAll()
  notesStore.setState({ notes: new Map(notes.map((n) => [n.cardId, n])), loaded: true })
}

/** Reads the notes (once; later reads follow changes). A failure is tried again on the next call. */
export function loadCardNotes(): Promise<void> {
  loading ??= read().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}

function readAgain() {
  if (loading) loading = read().catch(() => undefined)
}
channel?.addEventListener('message', readAgain)
studyStore.subscribe((state, previous) => {
  if (state.loads !== previous.loads) readAgain()
})

/** The learner's note on the card (undefined: none, or not read yet). */
export function useCardNote(cardId: CardId): string | undefined {
  useEffect(() => {
    void loadCardNotes().catch(() => undefined)
  }, [])
  const text = useStore(notesStore, (s) => s.notes.get(cardId)?.text)
  return text === '' ? undefined : text
}

/** Whether the notes were read: an editor opens on the stored text, never on a blank before it. */
export function useCardNotesLoaded(): boolean {
  useEffect(() => {
    void loadCardNotes().catch(() => undefined)
  }, [])
  return useStore(notesStore, (s) => s.loaded)
}

/** Keeps the note (an empty text clears it); rejects, keeping nothing, when it is too long or cannot be saved. */
export async function saveCardNote(cardId: CardId, text: string): Promise<void> {
  const note = writeNote(cardId, text, Date.now())
  if (note.text.length > NOTE_MAX_LENGTH) {
    throw new RangeError(`A note is at most ${NOTE_MAX_LENGTH} characters.`)
  }
  await (await notesRepository()).save(note)
  notesStore.setState((s) => ({ notes: new Map(s.notes).set(cardId, note) }))
  channel?.postMessage('changed')
}
