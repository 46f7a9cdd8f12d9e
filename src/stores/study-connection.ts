/**
 * Start-up of study persistence in the browser: opens the database (storage/shared-db.ts, which
 * also asks the browser to keep it), connects the study store, and keeps tabs in step over a
 * BroadcastChannel (each tab reloads after another one writes).
 */
import { getDeckSummary } from './deck-store.ts'
import { localUtcOffset } from './local-time.ts'
import { keyDeckDb } from './storage/shared-db.ts'
import { createStudyRepository, type StudyRepository } from './storage/study-repository.ts'
import { connectStudyStore, refreshQueue, reloadStudy } from './study-store.ts'

const CHANNEL = 'keydeck-study'
let started: Promise<StudyRepository> | undefined

export function startStudy(): Promise<StudyRepository> {
  started ??= (async () => {
    const db = await keyDeckDb()
    const repository = createStudyRepository(db)
    const channel = 'BroadcastChannel' in globalThis ? new BroadcastChannel(CHANNEL) : undefined
    channel?.addEventListener('message', () => void reloadStudy())
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') refreshQueue()
    })
    await connectStudyStore({
      repository,
      cardIds: getDeckSummary().cards.map((c) => c.id),
      now: () => Date.now(),
      utcOffsetMinutes: localUtcOffset,
      announce: () => channel?.postMessage('changed'),
    })
    return repository
  })()
  return started
}
