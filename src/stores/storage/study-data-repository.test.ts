import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { CardId } from '@/core/deck/index.ts'
import { answerWrite, gradeCard } from '@/core/srs/answering.ts'
import {
  DEFAULT_SETTINGS,
  newCardState,
  writeNote,
  type ReviewLogId,
} from '@/core/srs/first-screen.ts'
import { openKeyDeckDb, type KeyDeckDb } from './keydeck-db.ts'
import { loadSandboxCaller, saveSandboxCaller } from './sandbox-caller-repository.ts'
import { loadSandboxClock, saveSandboxClock } from './sandbox-clock-repository.ts'
import { createStudyDataRepository } from './study-data-repository.ts'
import { createStudyRepository } from './study-repository.ts'

const NOW = Date.UTC(2026, 10, 29, 9)
const card = 'alias-prefix' as CardId
const otherCard = 'grant-tokens' as CardId
const EMPTY = { states: [], logs: [], notes: [], settings: DEFAULT_SETTINGS, settingsChangedAt: 0 }
let opened: KeyDeckDb[] = []
let dbCount = 0

async function freshRepository() {
  const db = await openKeyDeckDb(`whole-${++dbCount}`)
  opened.push(db)
  return { repo: createStudyRepository(db), data: createStudyDataRepository(db) }
}

afterEach(() => {
  opened.forEach((db) => db.close())
  opened = []
})

describe('study data repository', () => {
  it('replaces everything at once, and keeps the old data when a write fails', async () => {
    const { repo, data } = await freshRepository()
    const first = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    await repo.commit(answerWrite(undefined, first, false))
    const broken = { ...first.state, cardId: undefined as unknown as CardId }
    await expect(data.replaceAll({ ...EMPTY, states: [broken] })).rejects.toThrow()
    expect(await repo.loadAll()).toMatchObject({ states: [first.state], logs: [first.log] })
    await data.replaceAll({
      ...EMPTY,
      logs: [first.log],
      settings: { ...DEFAULT_SETTINGS, newPerDay: 5 },
    })
    const after = await repo.loadAll()
    expect(after).toMatchObject({ states: [], logs: [first.log] })
    expect(after.meta.settings).toMatchObject({ newPerDay: 5 })
  })

  it('keeps notes with the progress: a replace writes them, a delete of everything removes them', async () => {
    const { data } = await freshRepository()
    const note = writeNote(card, 'alias/ is reserved for AWS', NOW)
    await data.replaceAll({ ...EMPTY, notes: [note], settingsChangedAt: NOW })
    expect(await data.loadEverything()).toMatchObject({
      notes: [note],
      meta: { settingsChangedAt: NOW },
    })
    await data.wipe()
    expect(await data.loadEverything()).toEqual({ states: [], logs: [], notes: [], meta: {} })
  })

  it('starting study over keeps the sandbox clock and caller, which belong to the sandbox account', async () => {
    const db = await openKeyDeckDb(`whole-${++dbCount}`)
    opened.push(db)
    const data = createStudyDataRepository(db)
    const clock = { offsetMs: 86_400_000, latestMs: NOW }
    await saveSandboxClock(db, clock)
    const alice = 'arn:aws:iam::111122223333:user/alice'
    await saveSandboxCaller(db, alice)
    await data.replaceAll({ ...EMPTY, settingsChangedAt: NOW })
    await data.wipe()
    expect(await loadSandboxClock(db)).toEqual(clock)
    expect(await loadSandboxCaller(db)).toBe(alice)
    // The account root is the caller when none is kept.
    await saveSandboxCaller(db, undefined)
    expect(await loadSandboxCaller(db)).toBeUndefined()
    expect((await data.loadEverything()).meta.settingsChangedAt).toBeUndefined()
  })

  it('merges in one transaction: reads, writes what the merge makes, and keeps everything when a write fails', async () => {
    const { repo, data } = await freshRepository()
    const first = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
    await repo.commit(answerWrite(undefined, first, false))
    const other = gradeCard(newCardState(otherCard, NOW), 4, NOW + 1000, DEFAULT_SETTINGS)
    const note = writeNote(otherCard, 'grant tokens', NOW)
    await data.mergeAll((stored) => {
      expect(stored.logs).toEqual([first.log])
      return {
        ...EMPTY,
        states: [...stored.states, other.state],
        logs: [...stored.logs, other.log],
        notes: [note],
      }
    })
    const merged = await data.loadEverything()
    expect(merged).toMatchObject({
      states: [first.state, other.state],
      logs: [first.log, other.log],
      notes: [note],
    })
    const broken = { ...other.log, id: undefined as unknown as ReviewLogId }
    await expect(
      data.mergeAll((stored) => ({ ...EMPTY, ...stored, logs: [...stored.logs, broken] })),
    ).rejects.toThrow()
    expect(await data.loadEverything()).toEqual(merged)
  })
})
