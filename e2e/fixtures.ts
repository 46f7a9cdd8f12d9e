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

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('request', (request) => {
        const url = request.url()
        if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:'))
          problems.push(`request to another origin: ${url}`)
      })
      await use(problems)
      expect(problems, 'console errors, page errors or foreign requests').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
