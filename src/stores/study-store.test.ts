import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { CardId } from '@/core/deck/index.ts'
import { gradeCard } from '@/core/srs/answering.ts'
import { DEFAULT_SETTINGS } from '@/core/srs/first-screen.ts'
import { openKeyDeckDb } from './storage/keydeck-db.ts'
import { createStudyRepository } from './storage/study-repository.ts'
import {
  connectStudyStore,
  grade,
  resetStudyStoreForTests,
  reveal,
  undo,
  useStudyStore,
} from './study-store.ts'

const NOW = Date.UTC(2026, 10, 29, 9)
const CARDS = ['kms-purpose', 'alias-prefix', 'data-key-what-is'] as CardId[]
let dbCount = 0

async function connect() {
  const db = await openKeyDeckDb(`study-store-${++dbCount}`)
  const clock = { now: NOW }
  await connectStudyStore({
    repository: createStudyRepository(db),
    cardIds: CARDS,
    now: () => clock.now,
    utcOffsetMinutes: () => 0,
    announce: () => {},
  })
  return { db, clock, otherTab: createStudyRepository(db) }
}

afterEach(() => resetStudyStoreForTests())

describe('study store: undo', () => {
  it('takes the last answer back and shows that card again', async () => {
    await connect()
    const first = useStudyStore.getState().current!.cardId
    await reveal()
    await grade(3)
    expect(useStudyStore.getState().current?.cardId).not.toBe(first)
    await undo()
    const after = useStudyStore.getState()
    expect(after.current?.cardId).toBe(first)
    expect(after.logs).toEqual([])
    expect(after.states.has(first)).toBe(false)
  })

  it('keeps an answer that another tab made since, and says so', async () => {
    const { db, clock, otherTab } = await connect()
    const first = useStudyStore.getState().current!.cardId
    await reveal()
    await grade(3)
    const mine = useStudyStore.getState().states.get(first)!
    clock.now += 600_000
    const theirs = gradeCard(mine, 4, clock.now, DEFAULT_SETTINGS)
    await otherTab.commitReview(theirs.state, theirs.log, mine)

    await undo()
    const after = useStudyStore.getState()
    expect(after.notice).toMatch(/answered again in another tab/)
    expect(after.undoStack).toEqual([])
    const stored = await createStudyRepository(db).loadAll()
    expect(stored.logs).toHaveLength(2)
    expect(stored.states).toEqual([theirs.state])
  })
})
