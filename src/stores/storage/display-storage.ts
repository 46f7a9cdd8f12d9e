/**
 * The display settings (theme, text size, motion; `src/core/srs/display-settings.ts`) as this
 * device keeps and applies them. They must be on <html> before the first paint of every route,
 * so they are read synchronously from one small localStorage key by `src/main.tsx`, checked by
 * hand (no zod on the start-up path: a bad or missing value gives the defaults), and applied as
 * attributes the CSS in `src/app/index.css` reads:
 *
 * - `data-theme="light|dark"`: the resolved theme (System is resolved from
 *   prefers-color-scheme, and again whenever the system changes it); Tailwind's `dark:` variant
 *   follows it.
 * - `data-text-size="standard|large|larger|largest"`: the root font size.
 * - `data-motion="system|reduce"`: `reduce` applies the reduced-motion styles.
 *
 * A change in another tab arrives as a `storage` event and is applied there too. Only what
 * start-up needs is here (it is in the first card's budget); saving is in `../display.ts`.
 * @see https://developer.mozilla.org/en-US/docs/Web/API/Window/storage_event
 */
import type { DisplaySettings } from '@/core/srs/display-settings.ts'

export const DISPLAY_KEY = 'keydeck-display'

const DARK_QUERY = '(prefers-color-scheme: dark)'

// Kept equal to the core's lists by display-storage.test.ts.
const CHOICES = {
  theme: ['system', 'light', 'dark'],
  textSize: ['standard', 'large', 'larger', 'largest'],
  motion: ['system', 'reduce'],
} as const

/** What is stored, or the default of each setting that is missing or not one of its values. */
export function readDisplay(storage?: Pick<Storage, 'getItem'>): DisplaySettings {
  let stored: Partial<Record<keyof DisplaySettings, unknown>> | null = null
  try {
    stored = JSON.parse((storage ?? localStorage).getItem(DISPLAY_KEY) ?? 'null') as typeof stored
  } catch {
    // Not JSON (edited by hand), or no storage (a browser set to refuse it): the defaults.
  }
  const pick = <Key extends keyof DisplaySettings>(key: Key): DisplaySettings[Key] => {
    const value = stored?.[key]
    const choices: readonly unknown[] = CHOICES[key]
    return (choices.includes(value) ? value : choices[0]) as DisplaySettings[Key]
  }
  return { theme: pick('theme'), textSize: pick('textSize'), motion: pick('motion') }
}

/**
 * Puts the settings on the root element; `dark` says whether the system is in dark mode. Every
 * value is written as it is (`standard`, `system` match no CSS rule): less start-up code.
 */
export function applyDisplay(settings: DisplaySettings, root: HTMLElement, dark: boolean): void {
  const theme = settings.theme === 'system' ? (dark ? 'dark' : 'light') : settings.theme
  root.dataset.theme = theme
  root.dataset.textSize = settings.textSize
  root.dataset.motion = settings.motion
  // The browser's own bar (theme-color) follows the chosen theme, not only the system's: both of
  // index.html's media-bound tags get the chosen theme's colour.
  // https://developer.mozilla.org/en-US/docs/Web/HTML/Reference/Elements/meta/name/theme-color
  root.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]').forEach((meta) => {
    meta.content = THEME_COLOURS[theme]
  })
}

/** index.html's theme-color values, light and dark. */
export const THEME_COLOURS = { light: '#f8fafc', dark: '#0f172a' } as const

/** Applies the settings in this tab, System resolved from the system's colour scheme now. */
export const applyToPage = (settings: DisplaySettings = readDisplay()) =>
  applyDisplay(settings, document.documentElement, matchMedia(DARK_QUERY).matches)

/**
 * Applies the stored settings at once (call it before the first render), then again when the
 * system's colour scheme changes or another tab saves new settings.
 */
export function startDisplay(): void {
  applyToPage()
  matchMedia(DARK_QUERY).addEventListener('change', () => applyToPage())
  addEventListener('storage', (event) => {
    if (event.key === DISPLAY_KEY || event.key === null) applyToPage()
  })
}
