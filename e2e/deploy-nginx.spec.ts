/**
 * The README's example host config (deploy/nginx.conf) is tested as written: it sends the same
 * security headers as the preview server, answers every screen's address with the app, lets the
 * service worker find updates at once, and the app runs under it, offline copy included. The
 * preview server of `npm start` sends the same headers.
 */
import { SECURITY_HEADERS } from '../scripts/vite-plugin-csp.ts'
import { shippedDeck } from './fixtures.ts'
import { NGINX, startNginx, type NginxServer } from './nginx-server.ts'
import { BUILDS } from './pwa-server.ts'
import { expect, test as pwaTest, waitForOfflineCopy } from './pwa-fixtures.ts'
import { studyScreen } from './study-helpers.ts'

const card = shippedDeck.cards[0]!

const test = pwaTest.extend<object, { nginx: NginxServer }>({
  nginx: [
    // Playwright reads the fixtures a fixture needs from its first parameter; this needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startNginx(BUILDS.current)
      await use(server)
      await server.stop()
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx }, use) => use(nginx.origin),
})

test.describe('deploy/nginx.conf', () => {
  // .ci/run installs nginx and sets KEYDECK_REQUIRE_NGINX, so CI never skips this.
  test.skip(
    !NGINX && !process.env.KEYDECK_REQUIRE_NGINX,
    'needs nginx (sudo apt-get install -y nginx-light)',
  )
  // Headers do not depend on the screen size.
  test.skip(({ isMobile }) => isMobile, 'desktop only')

  test('nginx sends the security headers, the app for every screen, and revalidates the service worker', async ({
    request,
  }) => {
    for (const path of [
      '/',
      `/browse/${card.id}`,
      '/sandbox/rotation',
      '/sw.js',
      '/manifest.webmanifest',
    ]) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers()[name.toLowerCase()], `${name} on ${path}`).toBe(value)
    }
    for (const path of ['/', `/browse/${card.id}`, '/sw.js'])
      expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache')
    expect((await request.get(`/browse/${card.id}`)).headers()['content-type']).toContain(
      'text/html',
    )
    expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toBe(
      'application/manifest+json',
    )
    expect((await request.get('/assets/not-there.js')).status()).toBe(404)
  })

  test('the app runs under nginx, CSP header and all, and keeps an offline copy', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(studyScreen(page).showAnswer).toBeVisible()
    await waitForOfflineCopy(page)
    await page.goto(`/browse/${card.id}`)
    await expect(page.getByRole('heading', { name: 'Answer' })).toBeVisible()
  })
})

test('the preview server (npm start) sends the same headers', async ({ request, server }) => {
  await server.start('current')
  for (const path of ['/', `/browse/${card.id}`, '/sw.js']) {
    const response = await request.get(`${server.origin}${path}`)
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(response.headers()[name.toLowerCase()], `${name} on ${path}`).toBe(value)
  }
})
