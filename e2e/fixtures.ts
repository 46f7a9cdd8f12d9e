/**
 * Shared fixtures: every test fails on a console error, an uncaught page error, or a request to
 * any origin other than the app's own (the app makes no network requests at runtime).
 */
import { test as base, expect, type Page } from '@playwright/test'
import { readCardFiles } from '../scripts/read-card-files.ts'
import { compileDeck } from '../src/core/deck/compile-deck.ts'
import { richTextToPlainText } from '../src/core/deck/rich-text.ts'

export const shippedDeck = compileDeck(
  readCardFiles(new URL('../cards', import.meta.url).pathname),
).deck

export function plain(text: Parameters<typeof richTextToPlainText>[0]): string {
  return richTextToPlainText(text)
}

interface PageProblems {
  readonly seen: string[]
  /** Problems a test causes on purpose; they do not fail it. */
  readonly allowed: RegExp[]
}

function watch(page: Page, baseURL: string | undefined, problems: PageProblems) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.seen.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.seen.push(`page error: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:'))
      problems.seen.push(`request to another origin: ${url}`)
  })
}

export const test = base.extend<{
  pageProblems: PageProblems
  /** Declares a problem this test causes on purpose (cutting the network, say). */
  allowProblems: (pattern: RegExp) => void
  /**
   * A page in a browser context of its own (its own IndexedDB: another device), watched like
   * `page`; its clock starts at `time`.
   */
  otherDevice: (time: Date) => Promise<Page>
}>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: PageProblems = { seen: [], allowed: [] }
      watch(page, baseURL, problems)
      await use(problems)
      const unexpected = problems.seen.filter((p) => !problems.allowed.some((a) => a.test(p)))
      expect(unexpected, 'console errors, page errors or foreign requests').toEqual([])
    },
    { auto: true },
  ],
  allowProblems: async ({ pageProblems }, use) => {
    await use((pattern) => void pageProblems.allowed.push(pattern))
  },
  otherDevice: async ({ browser, baseURL, pageProblems, contextOptions }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = []
    await use(async (time) => {
      // As playwright.config.ts's `use`: no service worker, so nothing is served from a cache.
      const context = await browser.newContext({
        ...contextOptions,
        baseURL,
        serviceWorkers: 'block',
      })
      contexts.push(context)
      await context.clock.install({ time })
      const page = await context.newPage()
      watch(page, baseURL, pageProblems)
      return page
    })
    await Promise.all(contexts.map((c) => c.close()))
  },
})

export { expect }
