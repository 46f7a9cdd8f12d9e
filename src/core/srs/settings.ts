/**
 * The learner's scheduling settings, with Anki's deck-option defaults and ts-fsrs's FSRS-6
 * defaults, described once in `SETTING_RULES`: each setting's default and the values it takes.
 * That one table drives the defaults, `withDefaults` (the light check for settings read back from
 * storage, so the first card does not wait for zod), the zod schema of settings-schema.ts (full
 * validation with messages, for forms and backups) and, with the words of settings-labels.ts,
 * the settings form. A property test holds the two checks to the same answer.
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
  /**
   * FSRS-6 parameters trained on the learner's history (Settings → Optimize): 21 numbers, the
   * length of ts-fsrs 5's `default_w`; absent means those defaults. (ts-fsrs would still migrate
   * FSRS-4.5/5's 17 or 19, but KeyDeck never wrote those, and its optimizer writes FSRS-6.)
   */
  readonly parameters?: readonly number[]
}

export type SettingKey = keyof SrsSettings

/** A learning step: a whole number of minutes, hours or days, like "10m". */
export const STEP_PATTERN = /^[1-9]\d*[mhd]$/

/** How a setting is shown to a person: `scale` 100 and `suffix` '%' show 0.9 as 90%. */
export interface SettingDisplay {
  readonly scale: number
  readonly suffix: string
}

/** What values a setting takes. */
export type SettingRule =
  | {
      readonly kind: 'number'
      readonly min: number
      readonly max: number
      readonly integer: boolean
      readonly display?: SettingDisplay
    }
  | { readonly kind: 'steps'; readonly maxSteps: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'weights'; readonly lengths: readonly number[] }

interface Spec<V> {
  /** Undefined only for an optional setting, which is then absent. */
  readonly default: V
  readonly rule: SettingRule
}

const count = (def: number): Spec<number> => ({
  default: def,
  rule: { kind: 'number', min: 0, max: 9999, integer: true },
})

/**
 * Every setting, once: its default and the values it takes. How each is named and labelled is
 * in settings-labels.ts, which only the settings screen and validation load (the first card
 * needs the rules, not the words). Form order is the order here.
 */
export const SETTING_RULES: { readonly [K in SettingKey]-?: Spec<SrsSettings[K]> } = {
  newPerDay: count(20),
  reviewsPerDay: count(200),
  desiredRetention: {
    default: 0.9,
    rule: {
      kind: 'number',
      min: 0.7,
      max: 0.99,
      integer: false,
      display: { scale: 100, suffix: '%' },
    },
  },
  learningSteps: { default: ['1m', '10m'], rule: { kind: 'steps', maxSteps: 10 } },
  relearningSteps: { default: ['10m'], rule: { kind: 'steps', maxSteps: 10 } },
  maximumInterval: { default: 36500, rule: { kind: 'number', min: 1, max: 36500, integer: true } },
  enableFuzz: { default: true, rule: { kind: 'boolean' } },
  dayStartHour: { default: 4, rule: { kind: 'number', min: 0, max: 23, integer: true } },
  learnAheadMinutes: { default: 20, rule: { kind: 'number', min: 0, max: 1440, integer: true } },
  leechThreshold: { default: 8, rule: { kind: 'number', min: 1, max: 99, integer: true } },
  leechAction: { default: 'tag', rule: { kind: 'choice', options: ['tag', 'suspend'] } },
  parameters: { default: undefined, rule: { kind: 'weights', lengths: [21] } },
}

export const SETTING_KEYS = Object.keys(SETTING_RULES) as readonly SettingKey[]

/** The defaults, read off the table (an optional setting without a default is absent). */
export const DEFAULT_SETTINGS: SrsSettings = Object.freeze(
  Object.fromEntries(
    SETTING_KEYS.flatMap((key) => {
      const value = SETTING_RULES[key].default
      return value === undefined
        ? []
        : [[key, Array.isArray(value) ? Object.freeze([...value]) : value]]
    }),
  ) as unknown as SrsSettings,
)

/** Whether `value` is one the rule allows: the same answer as the zod schema, without zod. */
export function fitsRule(rule: SettingRule, value: unknown): boolean {
  switch (rule.kind) {
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (!rule.integer || Number.isInteger(value)) &&
        value >= rule.min &&
        value <= rule.max
      )
    case 'steps':
      return (
        Array.isArray(value) &&
        value.length <= rule.maxSteps &&
        value.every((v) => typeof v === 'string' && STEP_PATTERN.test(v))
      )
    case 'boolean':
      return typeof value === 'boolean'
    case 'choice':
      return rule.options.some((option) => option === value)
    case 'weights':
      return (
        Array.isArray(value) &&
        rule.lengths.includes(value.length) &&
        value.every((v) => typeof v === 'number' && Number.isFinite(v))
      )
  }
}

/**
 * Stored settings over the defaults, field by field: a field that breaks its rule (from an older
 * or damaged record) falls back to its default instead of breaking the scheduler.
 */
export function withDefaults(stored: unknown): SrsSettings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored))
    return DEFAULT_SETTINGS
  const input = stored as Partial<Record<SettingKey, unknown>>
  const settings: Partial<Record<SettingKey, unknown>> = {}
  for (const key of SETTING_KEYS) {
    const value = fitsRule(SETTING_RULES[key].rule, input[key]) ? input[key] : DEFAULT_SETTINGS[key]
    if (value !== undefined) settings[key] = value
  }
  return settings as unknown as SrsSettings
}

/** A number in the unit a person reads it in, without its suffix: 0.9 → 90 for retention. */
export function scaledSetting(rule: SettingRule, value: number): number {
  if (rule.kind !== 'number' || !rule.display) return value
  // Rounded, so 0.99 shows as 99, not 98.99999999999999.
  return Math.round(value * rule.display.scale * 1e6) / 1e6
}

/** A bound or value as a person reads it: 0.9 → "90%" for desired retention. */
export function displaySetting(rule: SettingRule, value: number): string {
  const suffix = rule.kind === 'number' ? (rule.display?.suffix ?? '') : ''
  return `${scaledSetting(rule, value)}${suffix}`
}
