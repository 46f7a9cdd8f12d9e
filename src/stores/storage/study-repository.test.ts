import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { CardId } from '@/core/deck/index.ts'
import { gradeCard } from '@/core/srs/answering.ts'
import { DEFAULT_SETTINGS, newCardState } from '@/core/srs/first-screen.ts'
import { openKeyDeckDb, type KeyDeckDb } from './keydeck-db.ts'
import { createStudyRepository, StaleCardError } from './study-repository.ts'

const NOW = Date.UTC(2026, 10, 29, 9)
const card = 'alias-prefix' as CardId
let opened: KeyDeckDb[] = []
let dbCount = 0

async function freshRepository() {
  const db = await openKeyDeckDb(`test-${++dbCount}`)
  opened.push(db)
  return { db, repo: createStudyRepository(db) }
}

afterEach(() => {
  opened.forEach((db) => db.close())
  opened = []
})

describe('study repository', () => {
  it('stores a grade and its log entry together, and reads them back', async () => {
    const { repo } = await freshRepository()
    const { state, log } = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    await repo.commitReview(state, log, undefined)
    const stored = await repo.loadAll()
    expect(stored.states).toEqual([state])
    expect(stored.logs).toEqual([log])
  })

  it('refuses to grade a card that changed since it was shown (another tab), writing nothing', async () => {
    const { db } = await freshRepository()
    const tabA = createStudyRepository(db)
    const tabB = createStudyRepository(db)
    const first = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    const second = gradeCard(newCardState(card, NOW), 1, NOW + 1000, DEFAULT_SETTINGS)
    await tabA.commitReview(first.state, first.log, undefined)
    await expect(tabB.commitReview(second.state, second.log, undefined)).rejects.toBeInstanceOf(
      StaleCardError,
    )
    const stored = await tabA.loadAll()
    expect(stored.logs.map((l) => l.id)).toEqual([first.log.id])
    expect(stored.states).toEqual([first.state])
  })

  it('undo deletes the log entry and restores the previous state (or forgets a new card)', async () => {
    const { repo } = await freshRepository()
    const first = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    await repo.commitReview(first.state, first.log, undefined)
    const second = gradeCard(first.state, 3, NOW + 600_000, DEFAULT_SETTINGS)
    await repo.commitReview(second.state, second.log, first.state)
    await repo.undoReview(second.log, first.state, second.state)
    expect(await repo.loadAll()).toMatchObject({ states: [first.state], logs: [first.log] })
    await repo.undoReview(first.log, undefined, first.state)
    expect(await repo.loadAll()).toMatchObject({ states: [], logs: [] })
  })

  it('refuses to undo an answer when another tab answered the card since, writing nothing', async () => {
    const { db } = await freshRepository()
    const tabA = createStudyRepository(db)
    const tabB = createStudyRepository(db)
    const first = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    await tabA.commitReview(first.state, first.log, undefined)
    const second = gradeCard(first.state, 4, NOW + 600_000, DEFAULT_SETTINGS)
    await tabB.commitReview(second.state, second.log, first.state)
    // Tab A still believes its own answer is the card's latest one.
    await expect(tabA.undoReview(first.log, undefined, first.state)).rejects.toBeInstanceOf(
      StaleCardError,
    )
    expect(await tabA.loadAll()).toMatchObject({
      states: [second.state],
      logs: [first.log, second.log],
    })
  })

  it('replaces everything at once, and keeps the old data when a write fails', async () => {
    const { repo } = await freshRepository()
    const first = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    await repo.commitReview(first.state, first.log, undefined)
    const broken = { ...first.state, cardId: undefined as unknown as CardId }
    await expect(
      repo.replaceAll({ states: [broken], logs: [], settings: DEFAULT_SETTINGS }),
    ).rejects.toThrow()
    expect(await repo.loadAll()).toMatchObject({ states: [first.state], logs: [first.log] })
    await repo.replaceAll({
      states: [],
      logs: [first.log],
      settings: { ...DEFAULT_SETTINGS, newPerDay: 5 },
    })
    const after = await repo.loadAll()
    expect(after).toMatchObject({ states: [], logs: [first.log] })
    expect(after.meta.settings).toMatchObject({ newPerDay: 5 })
  })

  it('keeps named values', async () => {
    const { repo } = await freshRepository()
    await repo.setMeta('lastExportAt', NOW)
    expect((await repo.loadAll()).meta).toEqual({ lastExportAt: NOW })
  })
})
