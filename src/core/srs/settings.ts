/**
 * The learner's scheduling settings, with Anki's deck-option defaults and ts-fsrs's FSRS-6
 * defaults.
 * Stored as plain JSON. `parseSettings` (settings-schema.ts, with zod) validates what a form or a
 * backup brings; `withDefaults` is the light check for settings read back from storage, which were
 * validated when they were saved, so the first card does not wait for a validation library.
 * @see https://github.com/ankitects/anki/blob/main/rslib/src/deckconfig/mod.rs (defaults)
 * @see https://github.com/open-spaced-repetition/ts-fsrs (generatorParameters)
 */

/** A (re)learning step as ts-fsrs writes it: a positive whole number of minutes, hours or days. */
export type StepText = `${number}${'m' | 'h' | 'd'}`

/** What happens on the lapse that makes a card a leech (Anki: tag only by default). */
export type LeechAction = 'tag' | 'suspend'

export interface SrsSettings {
  /** Probability of recall FSRS aims for when it picks an interval (Anki default 0.90). */
  readonly desiredRetention: number
  readonly newPerDay: number
  readonly reviewsPerDay: number
  readonly learningSteps: readonly StepText[]
  readonly relearningSteps: readonly StepText[]
  /** Longest interval in days. */
  readonly maximumInterval: number
  /** Anki fuzzes intervals so cards learned together drift apart; ts-fsrs defaults to off. */
  readonly enableFuzz: boolean
  /** Local hour at which a learner's day starts (Anki "next day starts at", default 4 am). */
  readonly dayStartHour: number
  /** Lapses that make a card a leech (Anki default 8). */
  readonly leechThreshold: number
  readonly leechAction: LeechAction
  /**
   * When nothing else is left, learning cards due within this many minutes are shown early
   * (Anki "learn ahead limit", default 20).
   */
  readonly learnAheadMinutes: number
  /** Trained FSRS weights (17, 19 or 21 numbers); absent means ts-fsrs's FSRS-6 defaults. */
  readonly parameters?: readonly number[]
}

export const DEFAULT_SETTINGS: SrsSettings = Object.freeze({
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  learningSteps: Object.freeze(['1m', '10m'] as const),
  relearningSteps: Object.freeze(['10m'] as const),
  maximumInterval: 36500,
  enableFuzz: true,
  dayStartHour: 4,
  leechThreshold: 8,
  leechAction: 'tag',
  learnAheadMinutes: 20,
})

/** A learning step: a whole number of minutes, hours or days, like "10m". */
export const STEP_PATTERN = /^[1-9]\d*[mhd]$/

const isStepList = (value: unknown): value is readonly StepText[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && STEP_PATTERN.test(v))

/**
 * Stored settings over the defaults, field by field: a field of the wrong type (from an older or
 * damaged record) falls back to its default instead of breaking the scheduler.
 */
export function withDefaults(stored: unknown): SrsSettings {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_SETTINGS
  const input = stored as Record<string, unknown>
  const pick = <K extends keyof SrsSettings>(key: K, ok: (v: unknown) => boolean): SrsSettings[K] =>
    (ok(input[key]) ? input[key] : DEFAULT_SETTINGS[key]) as SrsSettings[K]
  const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0
  const parameters = input.parameters
  return {
    desiredRetention: pick(
      'desiredRetention',
      (v) => finite(v) && (v as number) >= 0.7 && (v as number) <= 0.99,
    ),
    newPerDay: pick('newPerDay', finite),
    reviewsPerDay: pick('reviewsPerDay', finite),
    learningSteps: pick('learningSteps', isStepList),
    relearningSteps: pick('relearningSteps', isStepList),
    maximumInterval: pick('maximumInterval', (v) => finite(v) && (v as number) >= 1),
    enableFuzz: pick('enableFuzz', (v) => typeof v === 'boolean'),
    dayStartHour: pick('dayStartHour', (v) => finite(v) && (v as number) <= 23),
    leechThreshold: pick('leechThreshold', (v) => finite(v) && (v as number) >= 1),
    leechAction: pick('leechAction', (v) => v === 'tag' || v === 'suspend'),
    learnAheadMinutes: pick('learnAheadMinutes', finite),
    ...(Array.isArray(parameters) && parameters.every((v) => Number.isFinite(v))
      ? { parameters: parameters as number[] }
      : {}),
  }
}
