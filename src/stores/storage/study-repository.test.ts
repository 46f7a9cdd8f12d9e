import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { CardId } from '@/core/deck/index.ts'
import { answerWrite, editWrite, gradeCard, undoWrite } from '@/core/srs/answering.ts'
import { DEFAULT_SETTINGS, newCardState, type DayNumber } from '@/core/srs/first-screen.ts'
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
    const result = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    await repo.commit(answerWrite(undefined, result, false))
    const stored = await repo.loadAll()
    expect(stored.states).toEqual([result.state])
    expect(stored.logs).toEqual([result.log])
  })

  it('refuses to grade a card that changed since it was shown (another tab), writing nothing', async () => {
    const { db } = await freshRepository()
    const tabA = createStudyRepository(db)
    const tabB = createStudyRepository(db)
    const first = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    const second = gradeCard(newCardState(card, NOW), 1, NOW + 1000, DEFAULT_SETTINGS)
    await tabA.commit(answerWrite(undefined, first, false))
    await expect(tabB.commit(answerWrite(undefined, second, false))).rejects.toBeInstanceOf(
      StaleCardError,
    )
    const stored = await tabA.loadAll()
    expect(stored.logs.map((l) => l.id)).toEqual([first.log.id])
    expect(stored.states).toEqual([first.state])
  })

  it('refuses a bury, suspend or flag of a card another tab answered meanwhile (issue: the grade was lost)', async () => {
    const { db } = await freshRepository()
    const tabA = createStudyRepository(db)
    const tabB = createStudyRepository(db)
    const graded = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    await tabA.commit(answerWrite(undefined, graded, false))
    // Tab B still shows the card as new, and buries, suspends or flags it.
    for (const edit of [
      { kind: 'bury', today: 20000 as DayNumber },
      { kind: 'suspend' },
      { kind: 'flag', flag: 1 },
    ] as const) {
      await expect(
        tabB.commit(editWrite(card, undefined, edit, NOW + 1000)),
      ).rejects.toBeInstanceOf(StaleCardError)
    }
    expect(await tabA.loadAll()).toMatchObject({ states: [graded.state], logs: [graded.log] })
  })

  it('undo deletes the log entry and restores the previous state (or forgets a new card)', async () => {
    const { repo } = await freshRepository()
    const first = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    await repo.commit(answerWrite(undefined, first, false))
    const second = gradeCard(first.state, 3, NOW + 600_000, DEFAULT_SETTINGS)
    await repo.commit(answerWrite(first.state, second, false))
    await repo.commit(
      undoWrite({ kind: 'answer', log: second.log, before: first.state }, second.state),
    )
    expect(await repo.loadAll()).toMatchObject({ states: [first.state], logs: [first.log] })
    await repo.commit(undoWrite({ kind: 'answer', log: first.log, before: undefined }, first.state))
    expect(await repo.loadAll()).toMatchObject({ states: [], logs: [] })
  })

  it('refuses to undo an answer when another tab answered the card since, writing nothing', async () => {
    const { db } = await freshRepository()
    const tabA = createStudyRepository(db)
    const tabB = createStudyRepository(db)
    const first = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    await tabA.commit(answerWrite(undefined, first, false))
    const second = gradeCard(first.state, 4, NOW + 600_000, DEFAULT_SETTINGS)
    await tabB.commit(answerWrite(first.state, second, false))
    // Tab A still believes its own answer is the card's latest one.
    const undo = undoWrite({ kind: 'answer', log: first.log, before: undefined }, first.state)
    await expect(tabA.commit(undo)).rejects.toBeInstanceOf(StaleCardError)
    expect(await tabA.loadAll()).toMatchObject({
      states: [second.state],
      logs: [first.log, second.log],
    })
  })

  it('keeps named values', async () => {
    const { repo } = await freshRepository()
    await repo.setMeta('lastExportAt', NOW)
    expect((await repo.loadAll()).meta).toEqual({ lastExportAt: NOW })
  })
})
