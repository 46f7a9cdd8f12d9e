/**
 * Fixtures for the offline and update stories: service workers allowed (the rest of the suite
 * blocks them, so a cached copy never hides a change), and a server of one build per test that
 * the test stops and starts (see pwa-server.ts). `baseURL` is that server, so the suite's check
 * for requests to another origin holds here too.
 */
import type { Page } from '@playwright/test'
import { expect, test as base } from './fixtures.ts'
import { createBuildServer, type BuildServer } from './pwa-server.ts'

export const test = base.extend<{ server: BuildServer; basePath: string }>({
  basePath: ['/', { option: true }],
  serviceWorkers: 'allow',
  server: async ({ basePath }, use) => {
    const server = await createBuildServer(basePath)
    await use(server)
    await server.stop()
  },
  baseURL: async ({ server }, use) => use(server.origin),
})

export { expect }

/** Waits until the service worker is active and serves this page: every file is cached then. */
export async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    )
  })
}

/** Takes the network away: the server stops and the browser is offline, as on a train. */
export async function goOffline(page: Page, server: BuildServer): Promise<void> {
  await server.stop()
  await page.context().setOffline(true)
}
