/**
 * Checks every screen gets: accessibility (axe, in either colour scheme) and reflow (nothing
 * scrolls sideways).
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect } from './fixtures.ts'

/** WCAG 2.2 A and AA; `best-practice` adds axe's further rules (on by default). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Runs axe on the page as it is now and expects no violation. `rules` runs only those rules
 * (e.g. `color-contrast`); `label` prefixes each violation, to tell apart two runs of one test.
 */
export async function expectNoAxeViolations(
  page: Page,
  options: { bestPractice?: boolean; rules?: readonly string[]; label?: string } = {},
) {
  const builder = new AxeBuilder({ page })
  if (options.rules) builder.withRules([...options.rules])
  else
    builder.withTags(options.bestPractice === false ? WCAG_TAGS : [...WCAG_TAGS, 'best-practice'])
  const results = await builder.analyze()
  const prefix = options.label ? `${options.label} ` : ''
  expect(
    results.violations.map(
      (v) => `${prefix}${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])
}

/** WCAG 1.4.10 Reflow: the page is no wider than the viewport, so it never scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBe(0)
}

/**
 * The page is drawn in `scheme`, settled: its background is light or dark, and every colour at
 * its end (the kit animates colours, so a scheme switch starts transitions; they are finished
 * at once rather than awaited, which also holds under an installed fake clock). A dark-mode scan
 * that read light or half-changed colours would prove nothing.
 */
export async function expectDrawnIn(page: Page, scheme: 'light' | 'dark') {
  // The app follows a change of the system's scheme from a `change` event (the Display setting
  // "System", src/stores/storage/display-storage.ts): it lands a task after the emulation, so the
  // page is polled until it is drawn in the scheme.
  const luminance = () =>
    page.evaluate(() => {
      for (const animation of document.getAnimations())
        if (animation instanceof CSSTransition) animation.finish()
      // Paint the page background on a canvas to read it as sRGB, whatever colour space CSS used.
      const context = document.createElement('canvas').getContext('2d')!
      context.fillStyle = getComputedStyle(document.documentElement).backgroundColor
      context.fillRect(0, 0, 1, 1)
      const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
    })
  if (scheme === 'dark') await expect.poll(luminance).toBeLessThan(0.2)
  else await expect.poll(luminance).toBeGreaterThan(0.8)
}
