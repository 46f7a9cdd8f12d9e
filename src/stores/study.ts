/**
 * The app's study store: one `createStudyStore` over the browser's database, clock and time zone,
 * with tabs kept in step over a BroadcastChannel (each tab reloads after another one writes) and
 * the queue re-read when the tab comes back into view (a new day may have begun). Screens read it
 * with `useStudyStore(selector)` and act through `studyStore`.
 */
import { useStore } from 'zustand'
import { getDeckSummary, loadFrontsOf } from './deck-store.ts'
import { localUtcOffset } from './local-time.ts'
import { keyDeckDb } from './storage/shared-db.ts'
import { createStudyRepository, type StudyRepository } from './storage/study-repository.ts'
import { createStudyStore, type StudyState } from './study-store.ts'

const CHANNEL = 'keydeck-study'

/** The repository over the app's database, opened on first use (by whichever screen is first). */
export const studyRepository: StudyRepository = (() => {
  let opening: Promise<StudyRepository> | undefined
  const open = () => {
    opening ??= keyDeckDb().then(createStudyRepository, (error: unknown) => {
      opening = undefined // the next start tries again
      throw error
    })
    return opening
  }
  return {
    loadAll: async (since) => (await open()).loadAll(since),
    commit: async (write) => (await open()).commit(write),
    setMeta: async (key, value) => (await open()).setMeta(key, value),
  }
})()

const channel = 'BroadcastChannel' in globalThis ? new BroadcastChannel(CHANNEL) : undefined

export const studyStore = createStudyStore({
  repository: studyRepository,
  cardIds: getDeckSummary().cards.map((c) => c.id),
  now: () => Date.now(),
  utcOffsetMinutes: localUtcOffset,
  announce: () => channel?.postMessage('changed'),
  loadAnswering: () => import('@/core/srs/answering.ts'),
})

export function useStudyStore<T>(selector: (state: StudyState) => T): T {
  return useStore(studyStore, selector)
}

let started: Promise<void> | undefined

/** Reads the study data (once) and keeps this tab in step with the others; any screen may call it. */
export function startStudy(): Promise<void> {
  started ??= (async () => {
    channel?.addEventListener('message', () => void studyStore.reload())
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') studyStore.refresh()
    })
    await studyStore.start()
  })()
  return started
}

/**
 * Everything the first card needs, started at once when the app opens on the study screen (in
 * parallel with the screen's code): the study data, then the questions of the first cards.
 */
export async function prepareStudy(): Promise<void> {
  // New cards come in deck order, so on a first visit the first cards are the first topic's: its
  // questions load while the database opens, not after it was read (bench/first-card-bench.ts).
  const first = getDeckSummary().cards[0]
  if (first) void loadFrontsOf([first.id])
  await startStudy()
  const queue = studyStore.getState().queue
  if (queue) await loadFrontsOf(queue.items.slice(0, 4).map((item) => item.cardId))
}
