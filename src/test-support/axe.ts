import axe from 'axe-core'
import { expect } from 'vitest'

/**
 * Runs axe-core on rendered DOM and expects no violation. Two rules are off, both checked by the
 * e2e tests on whole pages in Chromium instead: colour contrast (jsdom lays nothing out and
 * computes no colours; the kit's pairs are also measured in src/components/ui/colour-contrast.test.ts)
 * and `region` (a component rendered alone is not inside the shell's landmarks).
 */
export async function expectNoAxeViolations(root: Element = document.body) {
  const results = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  })
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  )
  expect(found).toEqual([])
}
