/**
 * The stored and exported shape of the learner's data, versioned so storage can upgrade old
 * records in one tested place. Version history:
 * - v1: ts-fsrs objects saved as JSON (`JSON.stringify(f.next(card, now, grade))`): dates as ISO
 *   strings, state and rating as numbers or names, no flag/bury/leech fields, logs without the
 *   card's previous due.
 * - v2: epoch-ms numbers, `flag`, `buriedUntilDay`, `leech`, `removedFromDeck`, log `kind` and
 *   `previousDue` (exact undo).
 * Storage should write migrated data with IndexedDB `durability: 'strict'` and keep the old
 * records until the new ones are written (Chrome's advice for migrations).
 */
import { z } from 'zod'
import type { CardId } from '../deck/card.ts'
import type { CardSrsState, DayNumber, Flag, FsrsSnapshot, FsrsStateCode } from './card-state.ts'
import type { Rating, ReviewLogEntry, ReviewLogId } from './review-log.ts'
import { SrsError } from './srs-error.ts'

export const SCHEMA_VERSION = 2

export interface SrsData {
  readonly version: typeof SCHEMA_VERSION
  readonly states: readonly CardSrsState[]
  readonly logs: readonly ReviewLogEntry[]
}

// ---- v1 -------------------------------------------------------------------------------------

const STATE_NAMES = ['New', 'Learning', 'Review', 'Relearning'] as const
const RATING_NAMES = ['Manual', 'Again', 'Hard', 'Good', 'Easy'] as const

const isoTime = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const ms = typeof value === 'number' ? value : Date.parse(value)
  if (!Number.isFinite(ms)) {
    ctx.addIssue({ code: 'custom', message: `not a date: ${String(value)}` })
    return z.NEVER
  }
  return ms
})

const v1State = z
  .union([z.number().int().min(0).max(3), z.enum(STATE_NAMES)])
  .transform((s) => (typeof s === 'number' ? s : STATE_NAMES.indexOf(s)) as FsrsStateCode)

const v1Rating = z
  .union([z.number().int().min(0).max(4), z.enum(RATING_NAMES)])
  .transform((r) => (typeof r === 'number' ? r : RATING_NAMES.indexOf(r)) as Rating)

const v1Card = z.object({
  due: isoTime,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number().default(0),
  scheduled_days: z.number(),
  learning_steps: z.number().default(0),
  reps: z.number().int(),
  lapses: z.number().int(),
  state: v1State,
  last_review: isoTime.nullish(),
})

const v1Data = z.object({
  version: z.literal(1).optional(),
  cards: z.array(z.object({ cardId: z.string().min(1), card: v1Card, suspended: z.boolean() })),
  logs: z.array(
    z.object({
      id: z.string().min(1),
      cardId: z.string().min(1),
      log: z.object({
        rating: v1Rating,
        state: v1State,
        due: isoTime,
        stability: z.number(),
        difficulty: z.number(),
        elapsed_days: z.number().default(0),
        last_elapsed_days: z.number().default(0),
        scheduled_days: z.number(),
        learning_steps: z.number().default(0),
        review: isoTime,
      }),
      card: v1Card,
      durationMs: z.number().optional(),
    }),
  ),
})

type V1Card = z.output<typeof v1Card>

function snapshotFromV1(card: V1Card): FsrsSnapshot {
  return { ...card, last_review: card.last_review ?? null }
}

function migrateV1(data: unknown): SrsData {
  const v1 = parseOrThrow(v1Data, data, 1)
  const states = v1.cards.map((c): CardSrsState => ({
    cardId: c.cardId as CardId,
    fsrs: snapshotFromV1(c.card),
    suspended: c.suspended,
    buriedUntilDay: null,
    flag: 0,
    leech: false,
    removedFromDeck: false,
  }))
  // v1 logs lack the card's previous due: it is the due left by the card's previous answer,
  // or, for the first answer of a new card, ts-fsrs's log `due` (the new card's due).
  const ordered = v1.logs
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => a.entry.log.review - b.entry.log.review || a.position - b.position)
  const lastDue = new Map<string, number>()
  const logs = ordered.map(({ entry }): ReviewLogEntry => {
    const { log } = entry
    const after = snapshotFromV1(entry.card)
    const previousDue = lastDue.get(entry.cardId) ?? log.due
    lastDue.set(entry.cardId, after.due)
    return {
      id: entry.id as ReviewLogId,
      cardId: entry.cardId as CardId,
      kind: log.rating === 0 ? 'manual' : 'review',
      reviewedAt: log.review,
      rating: log.rating,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsed_days: log.elapsed_days,
      last_elapsed_days: log.last_elapsed_days,
      scheduled_days: log.scheduled_days,
      learning_steps: log.learning_steps,
      previousDue,
      after,
      ...(entry.durationMs === undefined ? {} : { durationMs: entry.durationMs }),
    }
  })
  return { version: 2, states, logs }
}

// ---- v2 -------------------------------------------------------------------------------------

const DAY_MS = 86_400_000
/** No learner data is older: Anki appeared in 2006, FSRS in 2022; 2000 leaves room. */
const EARLIEST = Date.UTC(2000, 0, 1)
/** Clocks of two devices may disagree; a review a day "in the future" is still believable. */
const CLOCK_SKEW_MS = DAY_MS
/** The longest interval is 36500 days; a due date further out than that is damage. */
const LONGEST_AHEAD_MS = 36_600 * DAY_MS
/** ts-fsrs keeps stability within [0.001, 36500] days and difficulty within [1, 10]. */
const STABILITY = { min: 0.001, max: 36_500 } as const
const DIFFICULTY = { min: 1, max: 10 } as const

/**
 * The v2 schema, with every number held to what the app can have written by `now`: instants
 * between 2000 and now (reviews) or the longest interval ahead (due dates), FSRS memory states
 * within ts-fsrs's bounds, counts and durations never negative. A backup that breaks them is
 * refused, rather than blanking a card page (`Invalid time value`) or locking a card.
 */
function schemaV2(now: number) {
  const instant = (latest: number, what: string) =>
    z.number().refine((t) => Number.isFinite(t) && t >= EARLIEST && t <= latest, {
      error: `${what} must fall between 2000 and ${new Date(latest).getUTCFullYear()}`,
    })
  const reviewTime = instant(now + CLOCK_SKEW_MS, 'a review time')
  const dueTime = instant(now + LONGEST_AHEAD_MS, 'a due date')
  const days = z.number().min(0, { error: 'cannot be negative' }).max(100_000)
  const count = z.number().int().min(0, { error: 'cannot be negative' }).max(1_000_000)
  const stateCode = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])

  /** A memory state that FSRS can schedule from: none for a new card, in range otherwise. */
  const memory = (m: { state: number; stability: number; difficulty: number }) =>
    m.state === 0
      ? m.stability === 0 && m.difficulty === 0
      : m.stability >= STABILITY.min &&
        m.stability <= STABILITY.max &&
        m.difficulty >= DIFFICULTY.min &&
        m.difficulty <= DIFFICULTY.max
  const MEMORY_ERROR = {
    error: 'stability and difficulty must be 0 for a new card, else within 0.001–36500 and 1–10',
  }

  const snapshot = z
    .object({
      due: dueTime,
      stability: z.number(),
      difficulty: z.number(),
      elapsed_days: days,
      scheduled_days: days,
      learning_steps: count,
      reps: count,
      lapses: count,
      state: stateCode,
      last_review: reviewTime.nullable(),
    })
    .refine(memory, MEMORY_ERROR)
    .refine((s) => s.lapses <= s.reps, {
      error: 'a card cannot lapse more often than it was reviewed',
    })

  const state = z.object({
    cardId: z.string().min(1),
    fsrs: snapshot,
    suspended: z.boolean(),
    buriedUntilDay: z
      .number()
      .int()
      .min(EARLIEST / DAY_MS, { error: 'is not a plausible day' })
      .max((now + LONGEST_AHEAD_MS) / DAY_MS, { error: 'is not a plausible day' })
      .nullable(),
    flag: z
      .number()
      .int()
      .min(0, { error: 'flag must be 0–7' })
      .max(7, { error: 'flag must be 0–7' }),
    leech: z.boolean(),
    removedFromDeck: z.boolean(),
  })

  const log = z
    .object({
      id: z.string().min(1),
      cardId: z.string().min(1),
      kind: z.enum(['review', 'cram', 'manual']),
      reviewedAt: reviewTime,
      rating: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      state: stateCode,
      due: dueTime,
      stability: z.number(),
      difficulty: z.number(),
      elapsed_days: days,
      last_elapsed_days: days,
      scheduled_days: days,
      learning_steps: count,
      previousDue: dueTime,
      after: snapshot,
      leechEvent: z
        .object({
          action: z.enum(['tag', 'suspend']),
          wasLeech: z.boolean(),
          wasSuspended: z.boolean(),
        })
        .optional(),
      durationMs: z
        .number()
        .min(0, { error: 'an answer cannot take negative time' })
        .max(DAY_MS, { error: 'an answer cannot take more than a day' })
        .optional(),
    })
    // The memory state a review started from (0 for a card that was new).
    .refine(memory, MEMORY_ERROR)

  return z.object({ version: z.literal(2), states: z.array(state), logs: z.array(log) })
}

function parseOrThrow<T extends z.ZodType>(schema: T, data: unknown, version: number): z.output<T> {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const issues = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
  throw new SrsError(
    'INVALID_LEARNER_DATA',
    `invalid v${version} learner data: ${issues.join('; ')}`,
    { version, issues },
  )
}

/**
 * Validates data that claims to be the current version (an import, a storage read); `now` bounds
 * its dates.
 */
export function parseSrsData(data: unknown, now: number): SrsData {
  const v2 = parseOrThrow(schemaV2(now), data, SCHEMA_VERSION)
  return {
    version: SCHEMA_VERSION,
    states: v2.states.map((s) => ({
      ...s,
      cardId: s.cardId as CardId,
      buriedUntilDay: s.buriedUntilDay as DayNumber | null,
      flag: s.flag as Flag,
    })),
    logs: v2.logs.map((l) => ({
      ...(l as Omit<ReviewLogEntry, 'id' | 'cardId'>),
      id: l.id as ReviewLogId,
      cardId: l.cardId as CardId,
    })),
  }
}

const MIGRATIONS: Readonly<Record<number, (data: unknown) => unknown>> = { 1: migrateV1 }

/**
 * Upgrades data written by schema `fromVersion` to the current version, one step at a time,
 * and validates the result (dates bounded by `now`). Throws an SrsError: UNKNOWN_DATA_VERSION, NEWER_DATA_VERSION,
 * NO_MIGRATION or INVALID_LEARNER_DATA, each with a readable message.
 */
export function migrate(fromVersion: number, data: unknown, now: number): SrsData {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new SrsError(
      'UNKNOWN_DATA_VERSION',
      `unknown learner data version: ${String(fromVersion)}`,
      { version: fromVersion },
    )
  }
  if (fromVersion > SCHEMA_VERSION) {
    throw new SrsError(
      'NEWER_DATA_VERSION',
      `learner data is version ${fromVersion}, newer than this app ` +
        `(version ${SCHEMA_VERSION}): update the app`,
      { version: fromVersion, supported: SCHEMA_VERSION },
    )
  }
  let current = data
  for (let v = fromVersion; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v]
    if (!step) {
      throw new SrsError('NO_MIGRATION', `no migration from learner data version ${v}`, {
        fromVersion: v,
      })
    }
    current = step(current)
  }
  return parseSrsData(current, now)
}
