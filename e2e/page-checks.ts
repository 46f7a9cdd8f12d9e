/** Checks every screen gets: accessibility (axe) and reflow (nothing scrolls sideways). */
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
