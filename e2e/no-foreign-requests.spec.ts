/**
 * No request leaves the app's origin, from its pages or from its service worker (issue 10). The
 * suite's fixtures watch each page, with service workers blocked; here the worker runs, and the
 * browser context reports every request, the worker's own included (its precache, any fetch of
 * its own), which a page's listener never sees.
 *
 * The check is about what the app and its worker ask for, not about what the CSP lets through
 * (e2e/security.spec.ts checks that): a request the CSP refuses is never made, so it would go
 * unseen here. The pages' policy is bypassed, and the worker's script is served without its
 * policy header, as a host that can set no headers serves it: a worker takes its policy from its
 * script's response only, never from the page's <meta> tag, so there it has none.
 */
import type { BrowserContext } from '@playwright/test'
import { expect, test, waitForOfflineCopy } from './pwa-fixtures.ts'
import { openRoute, routeVisits } from './route-visits.ts'

test.use({ bypassCSP: true })

/** The URL of every request the context reports, by who made it. */
function watchRequests(context: BrowserContext) {
  const seen = { page: [] as string[], worker: [] as string[] }
  context.on('request', (request) =>
    seen[request.serviceWorker() ? 'worker' : 'page'].push(request.url()),
  )
  return seen
}

/** Serves the worker's script without the CSP header (see the top of this file). */
async function serveWorkerWithoutPolicy(context: BrowserContext) {
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch()
    const headers = { ...response.headers() }
    delete headers['content-security-policy']
    await route.fulfill({ response, headers })
  })
}

test('neither the pages nor the service worker request another origin', async ({
  page,
  context,
  server,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one build and one worker: checked once')
  // A cold load, the worker's precache of every file, then a load of every route.
  test.slow()
  const seen = watchRequests(context)
  await serveWorkerWithoutPolicy(context)
  await server.start('current')
  const foreign = (urls: string[]) =>
    urls.filter((url) => !url.startsWith('data:') && new URL(url).origin !== server.origin)

  await page.goto('/')
  // Active and controlling the page: the precache is done.
  await waitForOfflineCopy(page)
  for (const { name, visit } of routeVisits()) await openRoute(page, name, visit)

  const counts = `${seen.page.length} page requests, ${seen.worker.length} service worker requests`
  console.log(`no-foreign-requests: checked ${counts}`)
  testInfo.annotations.push({ type: 'requests checked', description: counts })
  expect(foreign(seen.page), 'page requests to other origins').toEqual([])
  expect(foreign(seen.worker), 'service worker requests to other origins').toEqual([])
  // The worker's own requests were seen (an empty list would pass the check above vacuously).
  expect(seen.worker).toContain(`${server.origin}/index.html`)

  // And a foreign fetch of the worker's would be: it is reported, and as the worker's.
  const [worker] = context.serviceWorkers()
  await worker!.evaluate(() => fetch('https://example.invalid/planted').catch(() => undefined))
  await expect.poll(() => foreign(seen.worker)).toEqual(['https://example.invalid/planted'])
})
