/**
 * Shared fixtures: every test fails on a console error, an uncaught page error, or a request to
 * any origin other than the app's own (the app makes no network requests at runtime).
 */
import { test as base, expect } from '@playwright/test'
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

export const test = base.extend<{
  pageProblems: PageProblems
  /** Declares a problem this test causes on purpose (cutting the network, say). */
  allowProblems: (pattern: RegExp) => void
}>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: PageProblems = { seen: [], allowed: [] }
      page.on('console', (message) => {
        if (message.type() === 'error') problems.seen.push(`console error: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.seen.push(`page error: ${error.message}`))
      page.on('request', (request) => {
        const url = request.url()
        if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:'))
          problems.seen.push(`request to another origin: ${url}`)
      })
      await use(problems)
      const unexpected = problems.seen.filter((p) => !problems.allowed.some((a) => a.test(p)))
      expect(unexpected, 'console errors, page errors or foreign requests').toEqual([])
    },
    { auto: true },
  ],
  allowProblems: async ({ pageProblems }, use) => {
    await use((pattern) => void pageProblems.allowed.push(pattern))
  },
})

export { expect }
