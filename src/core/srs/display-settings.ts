/**
 * The learner's display settings (issue 14, item 5): colour theme, text size and motion. They
 * are a device preference kept outside the study database (the app applies them before its first
 * paint, synchronously, from localStorage: `src/stores/storage/display-storage.ts`, which checks
 * them by hand so the start-up code carries no zod), and they travel in backups as an optional
 * member, validated here.
 *
 * - theme: `system` follows the operating system's light or dark setting, live.
 * - textSize: the root font size, so every rem-based size of the app scales with it.
 *   https://developer.mozilla.org/en-US/docs/Web/CSS/font-size
 * - motion: `reduce` applies the app's reduced-motion styles whatever the system says; `system`
 *   follows prefers-reduced-motion.
 *   https://developer.mozilla.org/en-US/docs/Web/CSS/@media/prefers-reduced-motion
 */
import { z } from 'zod'

export const THEMES = ['system', 'light', 'dark'] as const
export const TEXT_SIZES = ['standard', 'large', 'larger', 'largest'] as const
export const MOTIONS = ['system', 'reduce'] as const

export type Theme = (typeof THEMES)[number]
export type TextSize = (typeof TEXT_SIZES)[number]
export type Motion = (typeof MOTIONS)[number]

export interface DisplaySettings {
  readonly theme: Theme
  readonly textSize: TextSize
  readonly motion: Motion
}

export const DEFAULT_DISPLAY: DisplaySettings = {
  theme: 'system',
  textSize: 'standard',
  motion: 'system',
}

/** A backup's `display` member: all three, each one of its known values. */
export const displaySettingsSchema = z.object({
  theme: z.enum(THEMES),
  textSize: z.enum(TEXT_SIZES),
  motion: z.enum(MOTIONS),
})
