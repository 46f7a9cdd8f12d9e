/**
 * Full validation of settings with readable messages, for what a form or a backup file brings.
 * Kept apart from settings.ts so the study screen loads without zod.
 */
import { z } from 'zod'
import { DEFAULT_SETTINGS, STEP_PATTERN, type SrsSettings, type StepText } from './settings.ts'

const step = z
  .string()
  .regex(STEP_PATTERN, { error: 'a step is a whole number followed by m, h or d, like "10m"' })
  .transform((s) => s as StepText)

const count = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int({ error: `${what} must be a whole number` })
    .min(0, { error: `${what} cannot be negative` })
    .max(9999, { error: `${what} is at most 9999` })

export const settingsSchema = z.object({
  desiredRetention: z
    .number({ error: 'desired retention must be a number' })
    .min(0.7, { error: 'desired retention must be at least 0.70' })
    .max(0.99, { error: 'desired retention must be at most 0.99' }),
  newPerDay: count('new cards per day'),
  reviewsPerDay: count('reviews per day'),
  learningSteps: z.array(step).max(10, { error: 'at most 10 learning steps' }),
  relearningSteps: z.array(step).max(10, { error: 'at most 10 relearning steps' }),
  maximumInterval: z
    .number({ error: 'maximum interval must be a number' })
    .int({ error: 'maximum interval must be a whole number of days' })
    .min(1, { error: 'maximum interval must be at least 1 day' })
    .max(36500, { error: 'maximum interval is at most 36500 days' }),
  enableFuzz: z.boolean({ error: 'fuzz must be on or off' }),
  dayStartHour: z
    .number({ error: 'day start hour must be a number' })
    .int({ error: 'day start hour must be a whole hour' })
    .min(0, { error: 'day start hour must be between 0 and 23' })
    .max(23, { error: 'day start hour must be between 0 and 23' }),
  leechThreshold: z
    .number({ error: 'leech threshold must be a number' })
    .int({ error: 'leech threshold must be a whole number' })
    .min(1, { error: 'leech threshold must be at least 1' })
    .max(99, { error: 'leech threshold is at most 99' }),
  leechAction: z.enum(['tag', 'suspend'], { error: "leech action must be 'tag' or 'suspend'" }),
  learnAheadMinutes: z
    .number({ error: 'learn ahead limit must be a number' })
    .int({ error: 'learn ahead limit must be whole minutes' })
    .min(0, { error: 'learn ahead limit cannot be negative' })
    .max(1440, { error: 'learn ahead limit is at most 1440 minutes' }),
  parameters: z
    .array(z.number().refine(Number.isFinite, { error: 'FSRS parameters must be finite numbers' }))
    .refine((w) => w.length === 17 || w.length === 19 || w.length === 21, {
      error: 'FSRS parameters must have 17, 19 or 21 numbers',
    })
    .optional(),
})

export type SettingsResult =
  | { readonly ok: true; readonly settings: SrsSettings }
  | { readonly ok: false; readonly errors: readonly string[] }

/**
 * Validates settings; missing fields take their defaults, so settings saved by an older version
 * stay valid. Errors read like `newPerDay: new cards per day cannot be negative`.
 */
export function parseSettings(input: unknown): SettingsResult {
  if (
    input !== undefined &&
    (typeof input !== 'object' || input === null || Array.isArray(input))
  ) {
    return { ok: false, errors: ['settings: must be an object'] }
  }
  const result = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...input })
  if (result.success) return { ok: true, settings: result.data }
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`),
  }
}
