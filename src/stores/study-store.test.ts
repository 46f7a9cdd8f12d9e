import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { CardId } from '@/core/deck/card.ts'
import { gradeCard } from '@/core/srs/answering.ts'
import {
  customStudyOf,
  DEFAULT_SETTINGS,
  newCardState,
  type CardSrsState,
} from '@/core/srs/first-screen.ts'
import { openKeyDeckDb, type KeyDeckDb } from './storage/keydeck-db.ts'
import { StorageOpenError } from './storage/storage-problem.ts'
import { createStudyRepository, type StudyRepository } from './storage/study-repository.ts'
import { createStudyStore } from './study-store.ts'

const NOW = Date.UTC(2026, 10, 29, 9)
const CARDS = ['kms-purpose', 'alias-prefix', 'data-key-what-is'] as CardId[]
let dbCount = 0
const opened: KeyDeckDb[] = []

afterEach(() => opened.splice(0).forEach((db) => db.close()))

/** A store over a fresh database, with a clock the test moves, and a second tab's repository. */
async function studyStore(wrap: (repository: StudyRepository) => StudyRepository = (r) => r) {
  const db = await openKeyDeckDb(`study-store-${++dbCount}`)
  opened.push(db)
  const clock = { now: NOW }
  const announced: number[] = []
  const repository = createStudyRepository(db)
  const store = createStudyStore({
    repository: wrap(repository),
    cardIds: CARDS,
    now: () => clock.now,
    utcOffsetMinutes: () => 0,
    announce: () => announced.push(clock.now),
    loadAnswering: () => import('@/core/srs/answering.ts'),
  })
  await store.start()
  return { store, clock, announced, repository, otherTab: createStudyRepository(db) }
}

async function answer(
  store: Awaited<ReturnType<typeof studyStore>>['store'],
  grade: 1 | 2 | 3 | 4,
) {
  await store.reveal()
  await store.grade(grade)
}

describe('study store: answering', () => {
  it('shows the next card only once the answer is on disk (the write stays pending: the card stays)', async () => {
    let release: () => void = () => {}
    const { store } = await studyStore((repository) => ({
      ...repository,
      commit: async (write) => {
        await new Promise<void>((resolve) => (release = resolve))
        await repository.commit(write)
      },
    }))
    const first = store.getState().current!.cardId
    await store.reveal()
    const grading = store.grade(3)
    // The repository has not finished: the learner still sees the card they answered.
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.getState().current?.cardId).toBe(first)
    expect(store.getState().logs).toEqual([])
    // A second answer while the first is being written is ignored, not queued twice.
    await store.grade(1)
    release()
    await grading
    expect(store.getState().current?.cardId).not.toBe(first)
    expect(store.getState().logs).toHaveLength(1)
  })

  it('names the card that became a leech', async () => {
    const { store, repository, clock } = await studyStore()
    const card = CARDS[0]!
    // A review card with seven lapses, due now: failing it is the eighth.
    let state: CardSrsState = gradeCard(
      newCardState(card, NOW),
      4,
      NOW - 40 * 86_400_000,
      DEFAULT_SETTINGS,
    ).state
    state = { ...state, fsrs: { ...state.fsrs, lapses: 7, reps: 12, due: NOW - 1000 } }
    await repository.commit({ cardId: card, seen: undefined, next: state })
    await store.reload()
    clock.now += 1000
    expect(store.getState().current?.cardId).toBe(card)
    await answer(store, 1)
    expect(store.getState().notice).toEqual({
      kind: 'leech',
      cardId: card,
      lapses: 8,
      suspended: false,
    })
  })
})

describe('study store: one undo history for every action', () => {
  it('takes the last answer back and shows that card again', async () => {
    const { store } = await studyStore()
    const first = store.getState().current!.cardId
    await answer(store, 3)
    expect(store.getState().current?.cardId).not.toBe(first)
    await store.undo()
    const after = store.getState()
    expect(after.current?.cardId).toBe(first)
    expect(after.logs).toEqual([])
    expect(after.states.has(first)).toBe(false)
  })

  it('undoes in order: grade card A, suspend card B, U brings B back, U again takes A back', async () => {
    const { store, repository } = await studyStore()
    const a = store.getState().current!.cardId
    await answer(store, 3)
    const b = store.getState().current!.cardId
    await store.editCurrent('suspend')
    expect(store.getState().states.get(b)?.suspended).toBe(true)

    await store.undo()
    expect(store.getState().states.has(b)).toBe(false) // B was new and unmarked: no record again
    expect(store.getState().logs).toHaveLength(1) // A's answer is still there
    expect((await repository.loadAll()).states.map((s) => s.cardId)).toEqual([a])

    await store.undo()
    expect(store.getState().logs).toEqual([])
    expect(store.getState().current?.cardId).toBe(a)
    expect(await repository.loadAll()).toMatchObject({ states: [], logs: [] })
  })

  it('undoes a flag, and a bury, each as its own step', async () => {
    const { store } = await studyStore()
    const card = store.getState().current!.cardId
    await store.editCurrent(2)
    await store.editCurrent('bury')
    expect(store.getState().current?.cardId).not.toBe(card)
    await store.undo() // the bury
    expect(store.getState().states.get(card)).toMatchObject({ flag: 2, buriedUntilDay: null })
    expect(store.getState().current?.cardId).toBe(card)
    await store.undo() // the flag
    expect(store.getState().states.has(card)).toBe(false)
    expect(store.getState().undoStack).toEqual([])
  })

  it('after another tab answered the card, undo says so plainly, clears the history and shows the latest', async () => {
    const { store, clock, otherTab, repository } = await studyStore()
    const first = store.getState().current!.cardId
    await answer(store, 3)
    const mine = store.getState().states.get(first)!
    clock.now += 600_000
    const theirs = gradeCard(mine, 4, clock.now, DEFAULT_SETTINGS)
    await otherTab.commit({ cardId: first, seen: mine, next: theirs.state, appendLog: theirs.log })

    await store.undo()
    const after = store.getState()
    expect(after.notice).toEqual({ kind: 'changed-elsewhere', action: 'undo' })
    expect(after.undoStack).toEqual([])
    // Read again: this tab now shows the other tab's answer.
    expect(after.logs).toHaveLength(2)
    expect(after.states.get(first)).toEqual(theirs.state)
    const stored = await repository.loadAll()
    expect(stored.logs).toHaveLength(2)
    expect(stored.states).toEqual([theirs.state])
    // Pressing U again does nothing (it used to fail the same way on every press).
    await store.undo()
    expect(store.getState().logs).toHaveLength(2)
  })
})

describe('study store: edits are safe across tabs', () => {
  it.each([
    ['bury', 'bury'],
    ['suspend', 'suspend'],
    ['flag', 1],
  ] as const)(
    'a %s of a card another tab just answered is refused, and the answer is kept',
    async (_name, edit) => {
      const { store, otherTab, repository } = await studyStore()
      const card = store.getState().current!.cardId
      // The other tab answers the card this tab still shows as new (its broadcast is late).
      const theirs = gradeCard(newCardState(card, NOW), 3, NOW, DEFAULT_SETTINGS)
      await otherTab.commit({
        cardId: card,
        seen: undefined,
        next: theirs.state,
        appendLog: theirs.log,
      })

      await store.editCurrent(edit)
      expect(store.getState().notice).toEqual({ kind: 'changed-elsewhere', action: 'edit' })
      const stored = await repository.loadAll()
      expect(stored.states).toEqual([theirs.state])
      expect(stored.logs).toEqual([theirs.log])
      expect(store.getState().states.get(card)).toEqual(theirs.state)
    },
  )

  it('an edit that storage refuses says so and changes nothing (no uncaught error)', async () => {
    const { store } = await studyStore((repository) => ({
      ...repository,
      commit: () => Promise.reject(new DOMException('The transaction was aborted.', 'AbortError')),
    }))
    const card = store.getState().current!.cardId
    await store.editCurrent('suspend')
    expect(store.getState().notice).toEqual({
      kind: 'not-saved',
      action: 'edit',
      reason: 'The transaction was aborted.',
    })
    expect(store.getState().states.has(card)).toBe(false)
    expect(store.getState().current?.cardId).toBe(card)
    expect(store.getState().undoStack).toEqual([])
  })
})

describe('study store: cram', () => {
  it('moves on after each answer and ends; its buttons say the schedule is not changed', async () => {
    const { store, repository, clock } = await studyStore()
    const { label, study } = customStudyOf('cram', '', [])
    store.startCustomStudy(label, study)
    const shown: string[] = []
    for (let i = 0; i < 10 && store.getState().current; i++) {
      shown.push(store.getState().current!.cardId)
      clock.now += 5_000
      await store.reveal()
      expect(store.getState().preview?.[3].label).toBe('done')
      expect(store.getState().preview?.[1].label).toBe('again soon')
      await store.grade(i === 0 ? 1 : 3) // Again once: that card comes back at the end
    }
    expect(shown).toEqual([CARDS[0], CARDS[1], CARDS[2], CARDS[0]])
    expect(store.getState().current).toBeUndefined()
    const stored = await repository.loadAll()
    expect(stored.states).toEqual([]) // the schedule did not change
    expect(stored.logs.map((l) => l.kind)).toEqual(['cram', 'cram', 'cram', 'cram'])
    // Undo puts the last card back into the session.
    await store.undo()
    expect(store.getState().current?.cardId).toBe(CARDS[0])
  })
})

describe('study store: a long history', () => {
  it('reads only the reviews studying needs, and every review when a screen asks', async () => {
    const { repository, otherTab } = await studyStore()
    // A year of reviews of one card, written before this tab starts.
    let state = newCardState(CARDS[0]!, NOW - 400 * 86_400_000)
    for (let day = 400; day >= 1; day -= 20) {
      const result = gradeCard(state, 3, NOW - day * 86_400_000, DEFAULT_SETTINGS)
      await otherTab.commit({
        cardId: state.cardId,
        seen: day === 400 ? undefined : state,
        next: result.state,
        appendLog: result.log,
      })
      state = result.state
    }
    const all = (await repository.loadAll()).logs
    expect(all).toHaveLength(20)
    const today = gradeCard(state, 3, NOW - 3_600_000, DEFAULT_SETTINGS)
    await otherTab.commit({
      cardId: state.cardId,
      seen: state,
      next: today.state,
      appendLog: today.log,
    })

    const store = createStudyStore({
      repository,
      cardIds: CARDS,
      now: () => NOW,
      utcOffsetMinutes: () => 0,
      announce: () => {},
      loadAnswering: () => import('@/core/srs/answering.ts'),
    })
    await store.start()
    expect(store.getState()).toMatchObject({ historyLoaded: false, reviewCount: 21 })
    expect(store.getState().logs).toEqual([today.log])
    // Today's answer still counts against the daily limits.
    expect(store.getState().queue?.done.reviewsDone).toBe(1)

    await store.loadHistory()
    expect(store.getState().historyLoaded).toBe(true)
    expect(store.getState().logs).toEqual([...all, today.log])
    // Reloads (another tab's change) keep reading every review from then on.
    await store.reload()
    expect(store.getState().logs).toHaveLength(21)
  })
})

describe('study store: storage that cannot open', () => {
  it('says what happened instead of loading forever', async () => {
    const store = createStudyStore({
      repository: {
        loadAll: () =>
          Promise.reject(new StorageOpenError('blocked', 'another tab keeps version 1 open')),
        commit: () => Promise.reject(new Error('unused')),
        setMeta: () => Promise.reject(new Error('unused')),
      },
      cardIds: CARDS,
      now: () => NOW,
      utcOffsetMinutes: () => 0,
      announce: () => {},
      loadAnswering: () => import('@/core/srs/answering.ts'),
    })
    await store.start()
    expect(store.getState()).toMatchObject({
      status: 'failed',
      problem: { kind: 'blocked', detail: 'StorageOpenError: another tab keeps version 1 open' },
    })
  })
})

describe('study store: the answering code still loading', () => {
  it('a suspend pressed before it loads waits for it, then is saved once', async () => {
    const db = await openKeyDeckDb(`study-store-${++dbCount}`)
    opened.push(db)
    let loaded: () => void = () => {}
    const answering = new Promise<void>((resolve) => (loaded = resolve)).then(
      () => import('@/core/srs/answering.ts'),
    )
    const store = createStudyStore({
      repository: createStudyRepository(db),
      cardIds: CARDS,
      now: () => NOW,
      utcOffsetMinutes: () => 0,
      announce: () => {},
      loadAnswering: () => answering,
    })
    await store.start()
    const card = store.getState().current!.cardId
    const first = store.editCurrent('suspend')
    const second = store.editCurrent('suspend')
    await Promise.resolve()
    expect(store.getState().states.get(card)?.suspended).not.toBe(true)
    loaded()
    await Promise.all([first, second])
    expect(store.getState().states.get(card)?.suspended).toBe(true)
    expect(store.getState().undoStack).toHaveLength(1)
  })
})
