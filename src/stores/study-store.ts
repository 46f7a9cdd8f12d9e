/**
 * The study session's store: a thin adapter between the review screen and `src/core/srs`. The
 * core decides (what to show next, what an answer, an undo or an edit writes, which notice to
 * give); this store holds what the screen needs, writes through the repository and only then
 * shows the result. IndexedDB holds the truth: nothing is written before everything was read,
 * and every write is one transaction that refuses a card another tab changed meanwhile.
 *
 * `createStudyStore(env)` makes an independent store on zustand's vanilla core (tests make their
 * own; the app makes one in study.ts), so nothing here is a module-level singleton.
 * @see https://zustand.docs.pmnd.rs/apis/create-store
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { CardId } from '@/core/deck/card.ts'
// The first-screen entry only: answering (ts-fsrs) loads once the first card is on screen.
import type * as AnsweringModule from '@/core/srs/answering.ts'
import type { GradePreview } from '@/core/srs/answering.ts'
import {
  afterCramAnswer,
  beginCustomStudy,
  cramPreview,
  dayNumber,
  DEFAULT_SETTINGS,
  isSrsError,
  newCardState,
  noticeAfterAnswer,
  scheduleSession,
  SESSION_LOG_WINDOW_MS,
  withDefaults,
  type ActiveCustomStudy,
  type CardEdit,
  type CardSrsState,
  type CardWrite,
  type CurrentCard,
  type CustomStudy,
  type Flag,
  type Grade,
  type NextDueResult,
  type ReviewLogEntry,
  type SessionData,
  type SrsSettings,
  type StudyAction,
  type StudyNotice,
  type StudyQueue,
  type UndoStep,
} from '@/core/srs/first-screen.ts'
import { storageProblemOf, type StorageProblem } from './storage/storage-problem.ts'
import { StaleCardError, type StudyRepository } from './storage/study-repository.ts'

export type AnsweringCode = typeof AnsweringModule

export interface StudyEnvironment {
  readonly repository: StudyRepository
  /** Deck card ids in deck order (removed cards are those only in stored states). */
  readonly cardIds: readonly CardId[]
  readonly now: () => number
  readonly utcOffsetMinutes: (epochMs: number) => number
  /** Tells other tabs that study data changed; they reload it. */
  readonly announce: () => void
  /** The answering code (ts-fsrs): a dynamic import in the app. */
  readonly loadAnswering: () => Promise<AnsweringCode>
}

export interface StudyState {
  /** `failed`: storage could not be opened or read; `problem` says why. */
  readonly status: 'loading' | 'ready' | 'failed'
  readonly problem: StorageProblem | undefined
  readonly states: ReadonlyMap<CardId, CardSrsState>
  /**
   * The review log, oldest first: today's reviews (what studying needs), or every review once a
   * screen asked for the whole history (`loadHistory`: statistics, a card's history).
   */
  readonly logs: readonly ReviewLogEntry[]
  /** `logs` holds every review. */
  readonly historyLoaded: boolean
  /** How many reviews are stored in all. */
  readonly reviewCount: number
  readonly settings: SrsSettings
  readonly custom: ActiveCustomStudy | undefined
  readonly queue: StudyQueue | undefined
  readonly current: CurrentCard | undefined
  /** Set when the answer is revealed; the same instant schedules the grade (fuzz seed). */
  readonly revealedAt: number | undefined
  readonly preview: GradePreview | undefined
  /** Every study action of this session, oldest first: U takes back the last. */
  readonly undoStack: readonly UndoStep[]
  readonly nextDue: NextDueResult | undefined
  readonly notice: StudyNotice | undefined
  readonly lastExportAt: number | undefined
  readonly firstUseAt: number | undefined
  /**
   * Counts reads of the whole store from storage (start-up, import, delete, another tab's
   * change): forms that edit stored values start over from the new ones when it changes.
   */
  readonly loads: number
}

/** What the study screen and the card browser can do to the current card or any card. */
export type StudyEdit = 'bury' | 'suspend' | 'unsuspend' | 'unbury' | 'clear-marks' | Flag

export interface StudyActions {
  /** Reads everything from storage, once at start-up. */
  start(): Promise<void>
  /** Another tab changed the data: read it again, keeping the card on screen if still due. */
  reload(): Promise<void>
  /** After an import or a delete: the undo history no longer applies; read everything again. */
  replaced(): Promise<void>
  /** Re-reads the clock (e.g. when the tab becomes visible on a new day). */
  refresh(): void
  /** Reads every review (statistics, a card's history); from then on, reloads read them all. */
  loadHistory(): Promise<void>
  /** Loads the answering code (ts-fsrs) ahead of the reveal; the screen calls it once the first card shows. */
  prepareAnswering(): Promise<void>
  reveal(): Promise<void>
  grade(grade: Grade): Promise<void>
  /** Takes back the last study action of this session (an answer or an edit). */
  undo(): Promise<void>
  /** Bury (Anki `-`), suspend (`@`), or flag the card on screen (a number 0–7). */
  editCurrent(edit: 'bury' | 'suspend' | Flag): Promise<void>
  /** From the card browser. */
  editCard(cardId: CardId, edit: StudyEdit): Promise<void>
  startCustomStudy(label: string, study: CustomStudy): void
  endCustomStudy(): void
  /** Settings that were just saved: the queue follows them at once; other tabs reload. */
  settingsSaved(settings: SrsSettings): void
  exported(at: number): void
  dismissNotice(): void
}

export type StudyStore = StoreApi<StudyState> & StudyActions

const INITIAL: StudyState = {
  status: 'loading',
  problem: undefined,
  states: new Map(),
  logs: [],
  historyLoaded: false,
  reviewCount: 0,
  settings: DEFAULT_SETTINGS,
  custom: undefined,
  queue: undefined,
  current: undefined,
  revealedAt: undefined,
  preview: undefined,
  undoStack: [],
  nextDue: undefined,
  notice: undefined,
  lastExportAt: undefined,
  firstUseAt: undefined,
  loads: 0,
}

export function createStudyStore(env: StudyEnvironment): StudyStore {
  const store = createStore<StudyState>()(() => INITIAL)
  const { getState, setState } = store
  /**
   * A write is in flight: further actions wait until it is on disk. Not store state, so a grade
   * costs one render (the next card), not two.
   */
  let writing = false
  let answering: Promise<AnsweringCode> | undefined
  /** A screen asked for every review: loads read the whole log, not just today's. */
  let wantHistory = false

  function answeringCode(): Promise<AnsweringCode> {
    answering ??= env.loadAnswering().catch((error: unknown) => {
      answering = undefined // offline: the next reveal tries again
      throw error
    })
    return answering
  }

  function sessionData(state: StudyState): SessionData {
    return { ...state, cardIds: env.cardIds, utcOffsetMinutes: env.utcOffsetMinutes }
  }

  /** The next screen after a change: the queue at `now`, the card to show, no answer shown. */
  function scheduled(state: StudyState, now: number, prefer?: CardId): Partial<StudyState> {
    const view = scheduleSession(sessionData(state), now, prefer)
    return { ...view, revealedAt: undefined, preview: undefined }
  }

  async function load(): Promise<void> {
    const history = wantHistory
    const stored = await env.repository.loadAll(
      history ? undefined : env.now() - SESSION_LOG_WINDOW_MS,
    )
    const previous = getState()
    const next: StudyState = {
      ...previous,
      status: 'ready',
      problem: undefined,
      states: new Map(stored.states.map((s) => [s.cardId, s])),
      logs: stored.logs,
      historyLoaded: history,
      reviewCount: stored.reviewCount,
      settings: withDefaults(stored.meta.settings),
      lastExportAt: stored.meta.lastExportAt,
      firstUseAt: stored.meta.firstUseAt,
      loads: previous.loads + 1,
    }
    setState({ ...next, ...scheduled(next, env.now(), previous.current?.cardId) })
  }

  /**
   * Stores `write`, then shows its result; `after` adds what else the action changes. A card
   * another tab changed meanwhile is not written: the data is read again and the learner told.
   */
  async function commit(
    action: StudyAction,
    write: CardWrite,
    after: (state: StudyState) => Partial<StudyState>,
    prefer?: CardId,
  ): Promise<void> {
    writing = true
    let applyWrite: AnsweringCode['applyWrite']
    try {
      // Loaded already: every action that writes asked for it first.
      ;({ applyWrite } = await answeringCode())
      await env.repository.commit(write)
    } catch (error) {
      writing = false
      await refused(action, error)
      return
    }
    const state = getState()
    const reviewCount =
      state.reviewCount + (write.appendLog ? 1 : 0) - (write.removeLogId !== undefined ? 1 : 0)
    const next: StudyState = {
      ...state,
      ...applyWrite(state, write),
      reviewCount,
      ...after(state),
    }
    writing = false
    setState({ ...next, ...scheduled(next, env.now(), prefer) })
    env.announce()
    // A screen asked for the whole history while this was being written.
    if (wantHistory && !getState().historyLoaded) await load()
  }

  /** An action that wrote nothing: say why; after another tab's change, read everything again. */
  async function refused(action: StudyAction, error: unknown): Promise<void> {
    if (error instanceof StaleCardError || isSrsError(error, 'UNDO_NOT_LATEST')) {
      // The undo history describes cards as this tab saw them: it no longer applies.
      setState({ notice: { kind: 'changed-elsewhere', action }, undoStack: [] })
      await load().catch(() => undefined)
      return
    }
    const reason = error instanceof Error ? error.message : String(error)
    setState({ notice: { kind: 'not-saved', action, reason } })
  }

  function editOf(edit: StudyEdit, now: number): CardEdit {
    if (typeof edit === 'number') return { kind: 'flag', flag: edit }
    if (edit === 'bury') {
      const { settings } = getState()
      return { kind: 'bury', today: dayNumber(now, settings.dayStartHour, env.utcOffsetMinutes) }
    }
    return { kind: edit }
  }

  async function edit(cardId: CardId, change: StudyEdit): Promise<void> {
    if (getState().status !== 'ready' || writing) return
    const { editWrite } = await answeringCode()
    // Read after the wait: another action may have started meanwhile.
    const state = getState()
    if (state.status !== 'ready' || writing) return
    const now = env.now()
    const seen = state.states.get(cardId)
    const cardEdit = editOf(change, now)
    const write = editWrite(cardId, seen, cardEdit, now)
    const after = write.next ?? newCardState(cardId, now)
    await commit(
      'edit',
      write,
      (s) => ({
        undoStack: [
          ...s.undoStack,
          { kind: 'edit', edit: cardEdit.kind, before: seen, after } satisfies UndoStep,
        ],
        notice: { kind: 'edited', cardId, edit: cardEdit },
      }),
      state.current?.cardId,
    )
  }

  const actions: StudyActions = {
    async start() {
      try {
        await load()
        if (getState().firstUseAt === undefined) {
          const firstUseAt = env.now()
          await env.repository.setMeta('firstUseAt', firstUseAt)
          setState({ firstUseAt })
        }
      } catch (error) {
        setState({ status: 'failed', problem: storageProblemOf(error) })
      }
    },

    async reload() {
      if (writing || getState().status === 'failed') return
      await load()
    },

    async replaced() {
      setState({ undoStack: [], notice: undefined })
      await load()
    },

    async loadHistory() {
      if (wantHistory && getState().historyLoaded) return
      wantHistory = true
      if (writing || getState().status === 'failed') return
      await load()
    },

    refresh() {
      const state = getState()
      if (state.status !== 'ready' || writing) return
      setState(scheduled(state, env.now(), state.current?.cardId))
    },

    async prepareAnswering() {
      await answeringCode()
    },

    async reveal() {
      const shown = getState().current
      if (!shown || getState().revealedAt !== undefined || writing) return
      // Loaded before the answer shows: grading (cram too) needs it right after.
      const { previewGrades } = await answeringCode()
      const state = getState()
      if (state.current !== shown || state.revealedAt !== undefined) return
      const now = env.now()
      const card = state.states.get(shown.cardId) ?? newCardState(shown.cardId, now)
      const preview = state.queue?.isCram
        ? cramPreview(now)
        : previewGrades(card, now, state.settings)
      setState({ revealedAt: now, preview })
    },

    async grade(value) {
      const state = getState()
      const { current, revealedAt, queue } = state
      if (!current || revealedAt === undefined || writing || !queue) return
      // Revealing loaded the answering code, so this never waits.
      const { answerWrite, gradeCard, gradeCram } = await answeringCode()
      const seen = state.states.get(current.cardId)
      const before = seen ?? newCardState(current.cardId, revealedAt)
      const options = { durationMs: Math.max(0, revealedAt - current.shownAt) }
      const result = queue.isCram
        ? { state: before, log: gradeCram(before, value, revealedAt, state.settings, options).log }
        : gradeCard(before, value, revealedAt, state.settings, options)
      const cram = state.custom?.cram
      await commit('answer', answerWrite(seen, result, queue.isCram), (s) => ({
        undoStack: [
          ...s.undoStack,
          { kind: 'answer', log: result.log, before: seen, ...(cram ? { cram } : {}) },
        ],
        custom:
          cram && s.custom
            ? { ...s.custom, cram: afterCramAnswer(cram, current.cardId, value) }
            : s.custom,
        notice: queue.isCram ? undefined : noticeAfterAnswer(result.state, result.log),
      }))
    },

    async undo() {
      if (getState().undoStack.length === 0 || writing) return
      const { undoStepCard, undoWrite } = await answeringCode()
      // Read after the wait: another action may have started meanwhile.
      const state = getState()
      const step = state.undoStack.at(-1)
      if (!step || writing || state.status !== 'ready') return
      const cardId = undoStepCard(step)
      let write: CardWrite
      try {
        write = undoWrite(step, state.states.get(cardId))
      } catch (error) {
        await refused('undo', error)
        return
      }
      await commit(
        'undo',
        write,
        (s) => ({
          undoStack: s.undoStack.slice(0, -1),
          custom:
            step.kind === 'answer' && step.cram && s.custom
              ? { ...s.custom, cram: step.cram }
              : s.custom,
          notice: { kind: 'undone', cardId, action: step.kind },
        }),
        cardId,
      )
    },

    editCurrent(change) {
      const { current } = getState()
      return current ? edit(current.cardId, change) : Promise.resolve()
    },

    editCard: edit,

    startCustomStudy(label, study) {
      const state = getState()
      const now = env.now()
      const custom = beginCustomStudy(sessionData(state), label, study, now)
      setState({ custom, ...scheduled({ ...state, custom }, now) })
    },

    endCustomStudy() {
      const state = getState()
      setState({ custom: undefined, ...scheduled({ ...state, custom: undefined }, env.now()) })
    },

    settingsSaved(settings) {
      const state = getState()
      setState({ settings, ...scheduled({ ...state, settings }, env.now(), state.current?.cardId) })
      env.announce()
    },

    exported(at) {
      setState({ lastExportAt: at })
    },

    dismissNotice() {
      setState({ notice: undefined })
    },
  }

  return Object.assign(store, actions)
}
