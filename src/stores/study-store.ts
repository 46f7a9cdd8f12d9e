/**
 * The study session: a thin adapter between the review screen and `src/core/srs`, persisting
 * through the study repository. IndexedDB holds the truth; this store holds what the screen
 * needs (the loaded states and log, the queue, the current card) and writes nothing before
 * everything has been read. A grade is on disk before the next card shows.
 */
import { create } from 'zustand'
import type { CardId } from '@/core/deck/index.ts'
// The first-screen entry only: the study screen's first card must not wait for zod or ts-fsrs.
// Answering (previews and grades, over ts-fsrs) loads once the first card is shown.
import type * as AnsweringModule from '@/core/srs/answering.ts'
import type { GradePreview } from '@/core/srs/answering.ts'
import {
  buildQueue,
  buryCard,
  clearLeech,
  dayNumber,
  DEFAULT_SETTINGS,
  hasNoMarks,
  newCardState,
  nextDueAfterToday,
  setFlag,
  stateOrNew,
  suspendCard,
  unburyCard,
  unsuspendCard,
  withDefaults,
  type CardSrsState,
  type CustomStudy,
  type Flag,
  type Grade,
  type NextDueResult,
  type ReviewLogEntry,
  type SrsSettings,
  type StudyQueue,
} from '@/core/srs/first-screen.ts'
import { StaleCardError, type StudyRepository } from './storage/study-repository.ts'

export interface StudyEnvironment {
  readonly repository: StudyRepository
  /** Deck card ids in deck order (removed cards are those only in stored states). */
  readonly cardIds: readonly CardId[]
  readonly now: () => number
  readonly utcOffsetMinutes: (epochMs: number) => number
  /** Tells other tabs that study data changed; they reload it. */
  readonly announce: () => void
}

interface UndoStep {
  readonly log: ReviewLogEntry
  /** The stored state before the answer; undefined for a card that was new and unsaved. */
  readonly previous: CardSrsState | undefined
}

export interface CurrentCard {
  readonly cardId: CardId
  readonly kind: 'new' | 'learning' | 'review'
  readonly shownAt: number
}

export interface StudyState {
  readonly status: 'loading' | 'ready' | 'failed'
  readonly error: string | undefined
  readonly states: ReadonlyMap<CardId, CardSrsState>
  /** The whole review log, oldest first. */
  readonly logs: readonly ReviewLogEntry[]
  readonly settings: SrsSettings
  readonly custom: { readonly label: string; readonly study: CustomStudy } | undefined
  readonly queue: StudyQueue | undefined
  readonly current: CurrentCard | undefined
  /** Set when the answer is revealed; the same instant schedules the grade (fuzz seed). */
  readonly revealedAt: number | undefined
  readonly preview: GradePreview | undefined
  readonly undoStack: readonly UndoStep[]
  readonly nextDue: NextDueResult | undefined
  readonly notice: string | undefined
  readonly lastExportAt: number | undefined
  readonly firstUseAt: number | undefined
  /**
   * Counts reads of the whole store from storage (start-up, import, delete, another tab's
   * change): forms that edit stored values start over from the new ones when it changes.
   */
  readonly loads: number
}

const initial: StudyState = {
  status: 'loading',
  error: undefined,
  states: new Map(),
  logs: [],
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

export const useStudyStore = create<StudyState>()(() => initial)

let env: StudyEnvironment | undefined
/**
 * A write is in flight: further answers and actions wait until it is on disk. A module flag,
 * not store state, so a grade costs one render (the next card), not two.
 */
let writing = false

function environment(): StudyEnvironment {
  if (!env) throw new Error('study store used before connectStudyStore()')
  return env
}

type Answering = typeof AnsweringModule
let answering: Answering | undefined
let answeringLoad: Promise<Answering> | undefined

/** Loads the answering code (ts-fsrs); the review screen calls it once the first card shows. */
export function prepareAnswering(): Promise<Answering> {
  answeringLoad ??= import('@/core/srs/answering.ts').then((module) => (answering = module))
  return answeringLoad
}

/** Logs since `time`, scanning back from the newest (the log is in time order). */
function logsSince(logs: readonly ReviewLogEntry[], time: number): ReviewLogEntry[] {
  let i = logs.length
  while (i > 0 && logs[i - 1]!.reviewedAt >= time) i--
  return logs.slice(i)
}

/** Rebuilds the queue at `now` and picks the card to show (`prefer` first when it is queued). */
function schedule(state: StudyState, now: number, prefer?: CardId): Partial<StudyState> {
  const { cardIds, utcOffsetMinutes } = environment()
  const dayStart = now - 36 * 3_600_000 // generous: countToday keeps only today's entries
  const queue = buildQueue({
    cardIds,
    states: state.states,
    todayLogs: logsSince(state.logs, dayStart),
    now,
    settings: state.settings,
    utcOffsetMinutes,
    ...(state.custom ? { custom: state.custom.study } : {}),
  })
  const item = queue.items.find((i) => i.cardId === prefer) ?? queue.items[0]
  const current = item ? { cardId: item.cardId, kind: item.kind, shownAt: now } : undefined
  const nextDue = current
    ? undefined
    : nextDueAfterToday({
        cardIds,
        states: state.states,
        now,
        settings: state.settings,
        utcOffsetMinutes,
      })
  return { queue, current, revealedAt: undefined, preview: undefined, nextDue }
}

async function load(): Promise<void> {
  const { repository, now } = environment()
  const stored = await repository.loadAll()
  const settings = withDefaults(stored.meta.settings)
  const states = new Map(stored.states.map((s) => [s.cardId, s]))
  const previous = useStudyStore.getState()
  const next: StudyState = {
    ...previous,
    status: 'ready',
    states,
    logs: stored.logs,
    settings,
    lastExportAt: stored.meta.lastExportAt,
    firstUseAt: stored.meta.firstUseAt,
    loads: previous.loads + 1,
  }
  useStudyStore.setState({ ...next, ...schedule(next, now(), previous.current?.cardId) })
}

/** Wires the store to storage and the clock, then reads everything. Call once at start-up. */
export async function connectStudyStore(environmentToUse: StudyEnvironment): Promise<void> {
  env = environmentToUse
  try {
    await load()
    if (useStudyStore.getState().firstUseAt === undefined) {
      const firstUseAt = env.now()
      await env.repository.setMeta('firstUseAt', firstUseAt)
      useStudyStore.setState({ firstUseAt })
    }
  } catch (error) {
    useStudyStore.setState({
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
    })
  }
}

/** Another tab changed the data: read it again and keep showing the same card if it is still due. */
export async function reloadStudy(): Promise<void> {
  if (!env || writing) return
  await load()
}

/** Re-reads the clock (e.g. when the tab becomes visible on a new day). */
export function refreshQueue(): void {
  const state = useStudyStore.getState()
  if (state.status !== 'ready' || writing) return
  useStudyStore.setState(schedule(state, environment().now(), state.current?.cardId))
}

export async function reveal(): Promise<void> {
  const shown = useStudyStore.getState().current
  if (!shown || useStudyStore.getState().revealedAt !== undefined || writing) return
  const { previewGrades } = answering ?? (await prepareAnswering())
  const state = useStudyStore.getState()
  if (state.current !== shown || state.revealedAt !== undefined) return
  const now = environment().now()
  const preview = previewGrades(stateOrNew(state.states, shown.cardId, now), now, state.settings)
  useStudyStore.setState({ revealedAt: now, preview })
}

export async function grade(value: Grade): Promise<void> {
  const state = useStudyStore.getState()
  const { current, revealedAt, queue } = state
  if (!current || revealedAt === undefined || writing || !queue) return
  const { repository, now, announce } = environment()
  // Revealing loaded the answering code, so this never waits.
  const { gradeCard, gradeCram } = answering ?? (await prepareAnswering())
  const seen = state.states.get(current.cardId)
  const before = seen ?? newCardState(current.cardId, revealedAt)
  const options = { durationMs: Math.max(0, revealedAt - current.shownAt) }
  const result = queue.isCram
    ? { state: before, log: gradeCram(before, value, revealedAt, state.settings, options).log }
    : gradeCard(before, value, revealedAt, state.settings, options)
  writing = true
  try {
    await repository.commitReview(result.state, result.log, seen)
  } catch (error) {
    writing = false
    if (error instanceof StaleCardError) {
      useStudyStore.setState({
        notice: 'That card was already answered in another tab; its answer is kept.',
      })
      await load()
      return
    }
    useStudyStore.setState({ notice: `Your answer could not be saved: ${String(error)}` })
    return
  }
  const after = useStudyStore.getState()
  const states = queue.isCram
    ? after.states
    : new Map(after.states).set(current.cardId, result.state)
  const next: StudyState = {
    ...after,
    states,
    logs: [...after.logs, result.log],
    undoStack: [...after.undoStack, { log: result.log, previous: seen }],
    notice: result.log.leechEvent
      ? result.log.leechEvent.action === 'suspend'
        ? `That card has lapsed ${result.state.fsrs.lapses} times: it is a leech and was suspended. Rewrite your mnemonic, then unsuspend it.`
        : `That card has lapsed ${result.state.fsrs.lapses} times: it is tagged as a leech. Try a new way to remember it.`
      : undefined,
  }
  writing = false
  useStudyStore.setState({ ...next, ...schedule(next, now()) })
  announce()
}

/** Takes back the last answer of this session and shows that card again. */
export async function undo(): Promise<void> {
  const state = useStudyStore.getState()
  const step = state.undoStack[state.undoStack.length - 1]
  if (!step || writing) return
  const { repository, now, announce } = environment()
  const { undoReview } = answering ?? (await prepareAnswering())
  const cardId = step.log.cardId
  const seen = state.states.get(cardId)
  writing = true
  try {
    // The core takes the answer back and keeps marks set since (a flag, an unsuspend); a card
    // that had no record before its answer gets none again unless it was marked since.
    const undone = seen === undefined ? step.previous : undoReview(seen, step.log)
    const restored =
      step.previous === undefined && undone !== undefined && hasNoMarks(undone) ? undefined : undone
    await repository.undoReview(step.log, restored, seen)
    const after = useStudyStore.getState()
    const states = new Map(after.states)
    if (restored) states.set(cardId, restored)
    else states.delete(cardId)
    const next: StudyState = {
      ...after,
      states,
      logs: after.logs.filter((l) => l.id !== step.log.id),
      undoStack: after.undoStack.slice(0, -1),
    }
    writing = false
    useStudyStore.setState({ ...next, ...schedule(next, now(), cardId) })
    announce()
  } catch (error) {
    writing = false
    if (error instanceof StaleCardError) {
      useStudyStore.setState({
        notice: 'That card was answered again in another tab, so this answer stays.',
        undoStack: [],
      })
      await load()
      return
    }
    useStudyStore.setState({ notice: `Undo failed: ${String(error)}` })
  }
}

async function changeCard(
  cardId: CardId,
  change: (state: CardSrsState, now: number) => CardSrsState,
  notice: string,
) {
  const state = useStudyStore.getState()
  if (state.status !== 'ready' || writing) return
  const { repository, now, announce } = environment()
  const at = now()
  const changed = change(stateOrNew(state.states, cardId, at), at)
  writing = true
  try {
    await repository.putState(changed)
  } finally {
    writing = false
  }
  const after = useStudyStore.getState()
  const next: StudyState = {
    ...after,
    states: new Map(after.states).set(changed.cardId, changed),
    notice,
  }
  useStudyStore.setState({ ...next, ...schedule(next, at, after.current?.cardId) })
  announce()
}

function changeCurrent(change: (state: CardSrsState, now: number) => CardSrsState, notice: string) {
  const { current } = useStudyStore.getState()
  return current ? changeCard(current.cardId, change, notice) : Promise.resolve()
}

/** From the card browser: bring back a suspended or buried card, or clear its marks. */
export function unsuspend(cardId: CardId): Promise<void> {
  return changeCard(cardId, (s) => unsuspendCard(s), 'Card unsuspended.')
}

export function unbury(cardId: CardId): Promise<void> {
  return changeCard(cardId, (s) => unburyCard(s), 'Card unburied.')
}

export function clearMarks(cardId: CardId): Promise<void> {
  return changeCard(cardId, (s) => clearLeech(setFlag(s, 0)), 'Flag and leech tag cleared.')
}

/** Anki `-`: hide the card until tomorrow. */
export function buryCurrent(): Promise<void> {
  const { settings } = useStudyStore.getState()
  const { utcOffsetMinutes } = environment()
  return changeCurrent(
    (s, now) => buryCard(s, dayNumber(now, settings.dayStartHour, utcOffsetMinutes)),
    'Card buried until tomorrow.',
  )
}

/** Anki `@`: hide the card until it is unsuspended in the browser. */
export function suspendCurrent(): Promise<void> {
  return changeCurrent((s) => suspendCard(s), 'Card suspended.')
}

export function flagCurrent(flag: Flag): Promise<void> {
  return changeCurrent((s) => setFlag(s, flag), flag === 0 ? 'Flag removed.' : 'Card flagged.')
}

export function startCustomStudy(label: string, study: CustomStudy): void {
  const state = useStudyStore.getState()
  const next = { ...state, custom: { label, study } }
  useStudyStore.setState({ custom: next.custom, ...schedule(next, environment().now()) })
}

export function endCustomStudy(): void {
  const state = useStudyStore.getState()
  const next = { ...state, custom: undefined }
  useStudyStore.setState({ custom: undefined, ...schedule(next, environment().now()) })
}

/**
 * Settings that were just saved (study-data-actions.ts): the queue follows them at once, and
 * other tabs reload. Not a reload here, so the form that saved them stays as it is.
 */
export function settingsSaved(settings: SrsSettings): void {
  const state = useStudyStore.getState()
  const next = { ...state, settings }
  useStudyStore.setState({
    settings,
    ...schedule(next, environment().now(), state.current?.cardId),
  })
  environment().announce()
}

export function dismissNotice(): void {
  useStudyStore.setState({ notice: undefined })
}

/** For tests of the store itself. */
export function resetStudyStoreForTests(): void {
  env = undefined
  writing = false
  useStudyStore.setState(initial, true)
}
