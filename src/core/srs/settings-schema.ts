/**
 * Full validation of settings with readable messages, for what a form or a backup file brings.
 * The schema is built from the one table of settings (`SETTING_RULES` in settings.ts), and kept
 * apart from it so the study screen loads without zod.
 */
import { z } from 'zod'
import {
  DEFAULT_SETTINGS,
  displaySetting,
  SETTING_KEYS,
  SETTING_RULES,
  STEP_PATTERN,
  type SettingKey,
  type SettingRule,
  type SrsSettings,
  type StepText,
} from './settings.ts'
import { SETTING_LABELS } from './settings-labels.ts'

function numberSchema(name: string, rule: Extract<SettingRule, { kind: 'number' }>) {
  const shown = (value: number) => displaySetting(rule, value)
  let schema = z.number({ error: `${name} must be a number` })
  if (rule.integer) schema = schema.int({ error: `${name} must be a whole number` })
  return schema
    .min(rule.min, {
      error:
        rule.min === 0
          ? `${name} cannot be negative`
          : `${name} must be at least ${shown(rule.min)}`,
    })
    .max(rule.max, { error: `${name} must be at most ${shown(rule.max)}` })
}

function schemaOf(name: string, rule: SettingRule): z.ZodType {
  switch (rule.kind) {
    case 'number':
      return numberSchema(name, rule)
    case 'steps':
      return z
        .array(
          z
            .string({ error: 'a step is text like "10m"' })
            .regex(STEP_PATTERN, {
              error: 'a step is a whole number followed by m, h or d, like "10m"',
            })
            .transform((s) => s as StepText),
          { error: `${name} must be a list of steps` },
        )
        .max(rule.maxSteps, { error: `at most ${rule.maxSteps} ${name}` })
    case 'boolean':
      return z.boolean({ error: `${name} must be on or off` })
    case 'choice':
      return z.enum(rule.options as [string, ...string[]], {
        error: `${name} must be ${rule.options.map((v) => `'${v}'`).join(' or ')}`,
      })
    case 'weights':
      return z
        .array(z.number().refine(Number.isFinite, { error: `${name} must be finite numbers` }), {
          error: `${name} must be a list of numbers`,
        })
        .refine((w) => rule.lengths.includes(w.length), {
          error: `${name} must have ${rule.lengths.join(', ').replace(/, (\d+)$/, ' or $1')} numbers`,
        })
  }
}

export const settingsSchema = z.object(
  Object.fromEntries(
    SETTING_KEYS.map((key) => {
      const schema = schemaOf(SETTING_LABELS[key].name, SETTING_RULES[key].rule)
      return [key, SETTING_RULES[key].default === undefined ? schema.optional() : schema]
    }),
  ) as Record<SettingKey, z.ZodType>,
)

/** One problem, with the setting it is about (undefined: the settings as a whole). */
export interface SettingsIssue {
  readonly key: SettingKey | undefined
  readonly message: string
}

export type SettingsResult =
  | { readonly ok: true; readonly settings: SrsSettings }
  | {
      readonly ok: false
      /** Each problem as `key: message`, e.g. `newPerDay: new cards per day cannot be negative`. */
      readonly errors: readonly string[]
      readonly issues: readonly SettingsIssue[]
    }

const isSettingKey = (key: unknown): key is SettingKey =>
  typeof key === 'string' && Object.hasOwn(SETTING_RULES, key)

/**
 * Validates settings; missing fields take their defaults, so settings saved by an older version
 * stay valid.
 */
export function parseSettings(input: unknown): SettingsResult {
  if (
    input !== undefined &&
    (typeof input !== 'object' || input === null || Array.isArray(input))
  ) {
    const message = 'must be an object'
    return { ok: false, errors: [`settings: ${message}`], issues: [{ key: undefined, message }] }
  }
  const result = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...input })
  if (result.success) return { ok: true, settings: result.data as unknown as SrsSettings }
  const issues = result.error.issues.map((i) => ({
    key: isSettingKey(i.path[0]) ? i.path[0] : undefined,
    path: i.path.join('.') || 'settings',
    message: i.message,
  }))
  return {
    ok: false,
    errors: issues.map((i) => `${i.path}: ${i.message}`),
    issues: issues.map(({ key, message }) => ({ key, message })),
  }
}
