/**
 * Budget: the JS and CSS the browser requests before the first card shows stay under 100 KB
 * gzip, on each screen that opens with a card. The app marks the moment the first card is on
 * screen (`performance.mark('first-card')`); every script and stylesheet whose request started
 * before it counts, gzipped at level 9 here (the preview server does not compress).
 */
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

const BUDGET_BYTES = 100 * 1024

const SCREENS = [
  {
    name: 'study',
    path: '/',
    firstCard: (page: Page) => page.getByRole('button', { name: /Show answer/ }),
  },
  {
    name: 'card browser',
    path: '/browse',
    firstCard: (page: Page) => page.getByRole('list', { name: 'Cards' }).getByRole('link').first(),
  },
]

for (const screen of SCREENS) {
  test(`JS and CSS before the first card stay under 100 KB gzip: ${screen.name}`, async ({
    page,
    request,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'measured once')
    await page.goto(screen.path)
    await expect(screen.firstCard(page)).toBeVisible()
    await page.waitForFunction(
      () => performance.getEntriesByName('first-card', 'mark').length === 1,
    )
    const urls = await page.evaluate(() => {
      const mark = performance.getEntriesByName('first-card', 'mark')[0]!.startTime
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      return entries
        .filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname) && e.startTime < mark)
        .map((e) => e.name)
    })
    // The entry's stylesheet is inside the HTML (scripts/vite-plugin-inline-entry-css.ts): its
    // bytes count as the linked file's did.
    const inlineCss = await page.evaluate(
      () => document.querySelector('style[data-entry-css]')?.textContent ?? '',
    )
    const rows: string[] = []
    let total = 0
    if (inlineCss !== '') {
      const size = gzipSync(inlineCss, { level: 9 }).length
      total += size
      rows.push(`${(size / 1024).toFixed(1).padStart(6)} KB  index.html's inline stylesheet`)
    }
    for (const url of new Set(urls)) {
      const size = gzipSync(await (await request.get(url)).body(), { level: 9 }).length
      total += size
      rows.push(`${(size / 1024).toFixed(1).padStart(6)} KB  ${new URL(url).pathname}`)
    }
    console.log(
      `${screen.name}: requested before the first card (gzip)\n${rows.join('\n')}\n${(total / 1024).toFixed(1).padStart(6)} KB  total, budget 100 KB`,
    )
    expect(urls.length).toBeGreaterThan(0)
    expect(total).toBeLessThan(BUDGET_BYTES)
  })
}
