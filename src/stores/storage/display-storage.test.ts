// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_DISPLAY,
  MOTIONS,
  TEXT_SIZES,
  THEMES,
  type DisplaySettings,
} from '@/core/srs/display-settings.ts'
import {
  applyDisplay,
  DISPLAY_KEY,
  readDisplay,
  startDisplay,
  THEME_COLOURS,
} from './display-storage.ts'

const stored = (value: string | null) => ({ getItem: () => value })
const root = document.documentElement

/** The system's colour scheme, as matchMedia reports it, changed by the test. */
function fakeSystemScheme(dark: boolean) {
  const query = new EventTarget() as EventTarget & { matches: boolean }
  query.matches = dark
  vi.stubGlobal('matchMedia', () => query)
  return (nowDark: boolean) => {
    query.matches = nowDark
    query.dispatchEvent(new Event('change'))
  }
}

beforeEach(() => {
  localStorage.clear()
  for (const name of ['theme', 'textSize', 'motion']) delete root.dataset[name]
})
afterEach(() => vi.unstubAllGlobals())

describe('reading the display settings at start-up (no zod: a hand check)', () => {
  it('knows exactly the values and defaults of the core, which validates backups', () => {
    // Every value of each list is read back as itself: the two lists are the same.
    for (const theme of THEMES)
      for (const textSize of TEXT_SIZES)
        for (const motion of MOTIONS) {
          const settings = { theme, textSize, motion }
          expect(readDisplay(stored(JSON.stringify(settings)))).toEqual(settings)
        }
    expect(readDisplay(stored(null))).toEqual(DEFAULT_DISPLAY)
  })

  it('gives the default of each setting that is missing, unknown or not JSON at all', () => {
    expect(readDisplay(stored('{"theme":"dark","textSize":"huge"}'))).toEqual({
      ...DEFAULT_DISPLAY,
      theme: 'dark',
    })
    expect(readDisplay(stored('{"theme":'))).toEqual(DEFAULT_DISPLAY)
    expect(readDisplay(stored('"dark"'))).toEqual(DEFAULT_DISPLAY)
    expect(readDisplay(stored('null'))).toEqual(DEFAULT_DISPLAY)
    expect(readDisplay(stored('{"theme":"toString","motion":["reduce"]}'))).toEqual(DEFAULT_DISPLAY)
  })

  it('gives the defaults when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    }
    expect(readDisplay(refusing)).toEqual(DEFAULT_DISPLAY)
  })
})

describe('applying them to <html>', () => {
  const apply = (change: Partial<DisplaySettings>, dark = false) => {
    applyDisplay({ ...DEFAULT_DISPLAY, ...change }, root, dark)
    return { ...root.dataset }
  }

  it('resolves System from the system, and a chosen theme whatever the system says', () => {
    expect(apply({}, false).theme).toBe('light')
    expect(apply({}, true).theme).toBe('dark')
    expect(apply({ theme: 'dark' }, false).theme).toBe('dark')
    expect(apply({ theme: 'light' }, true).theme).toBe('light')
  })

  it("gives the browser's bar the chosen theme's colour, whatever the system says", () => {
    document.head.innerHTML =
      '<meta name="theme-color" media="(prefers-color-scheme: light)" content="#f8fafc">' +
      '<meta name="theme-color" media="(prefers-color-scheme: dark)" content="#0f172a">'
    const colours = () =>
      Array.from(
        document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]'),
        (m) => m.content,
      )
    apply({ theme: 'dark' }, false)
    expect(colours()).toEqual([THEME_COLOURS.dark, THEME_COLOURS.dark])
    apply({ theme: 'light' }, true)
    expect(colours()).toEqual([THEME_COLOURS.light, THEME_COLOURS.light])
    apply({}, true)
    expect(colours()).toEqual([THEME_COLOURS.dark, THEME_COLOURS.dark])
  })

  it('writes the text size and motion as they are, for the CSS to match', () => {
    expect(apply({ textSize: 'largest', motion: 'reduce' })).toEqual({
      theme: 'light',
      textSize: 'largest',
      motion: 'reduce',
    })
    expect(apply({})).toEqual({ theme: 'light', textSize: 'standard', motion: 'system' })
  })
})

describe('start-up and changes', () => {
  it('applies what is stored, and follows the system live while on System', () => {
    localStorage.setItem(DISPLAY_KEY, JSON.stringify({ ...DEFAULT_DISPLAY, textSize: 'large' }))
    const systemTurns = fakeSystemScheme(false)
    startDisplay()
    expect(root.dataset).toMatchObject({ theme: 'light', textSize: 'large' })
    systemTurns(true)
    expect(root.dataset.theme).toBe('dark')

    // Light, chosen in another tab: the system no longer matters.
    localStorage.setItem(DISPLAY_KEY, JSON.stringify({ ...DEFAULT_DISPLAY, theme: 'light' }))
    dispatchEvent(new StorageEvent('storage', { key: DISPLAY_KEY }))
    expect(root.dataset.theme).toBe('light')
    systemTurns(true)
    expect(root.dataset.theme).toBe('light')
  })
})
