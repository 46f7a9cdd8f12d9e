/**
 * Offline after the first visit (issue 10): the service worker caches every file, so with the
 * server stopped and the network cut, a reload studies (and stores the answers), and every screen
 * and deep link opens cold.
 */
import { shippedDeck } from './fixtures.ts'
import { expect, goOffline, test, waitForOfflineCopy } from './pwa-fixtures.ts'
import { BASE_PATH } from './pwa-server.ts'
import { openRoute, routeVisits } from './route-visits.ts'
import { readStored, studyScreen } from './study-helpers.ts'

const card = shippedDeck.cards.find((c) => c.sandboxScenario) ?? shippedDeck.cards[0]!

test('after one visit, study, statistics, the card browser and the sandbox work offline', async ({
  page,
  server,
  allowProblems,
}) => {
  // Two servers' worth of cold loads: more than the default time on a busy machine.
  test.slow()
  await server.start('current')
  await page.goto('/')
  await expect(studyScreen(page).showAnswer).toBeVisible()
  await waitForOfflineCopy(page)

  await goOffline(page, server)
  // The probe below fails, as it should; Chromium logs it.
  allowProblems(/ERR_INTERNET_DISCONNECTED/)
  // Offline for real: the server is gone and the browser has no network.
  expect(
    await page.evaluate(() =>
      fetch('/not-cached.json').then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe('offline')

  await page.reload()
  const study = studyScreen(page)
  await study.answerWithKeys(3)
  await study.answerWithKeys(3)
  await expect.poll(async () => (await readStored(page)).logs.length).toBe(2)

  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Stats' }).click()
  await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible()

  for (const [path, heading] of [
    ['/browse', 'Cards'],
    ['/sandbox', 'KMS sandbox'],
    ['/stats', 'Statistics'],
    ['/settings', 'Backup and settings'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
  }
  await expect(page.getByText('KeyDeck works offline in this browser')).toBeVisible()
})

test('a deep link opened cold offline renders: a card, and a sandbox scenario', async ({
  page,
  server,
  allowProblems,
}) => {
  await server.start('current')
  await page.goto('/')
  await waitForOfflineCopy(page)
  await goOffline(page, server)
  // Chromium logs the failed update check of the service worker script while offline.
  allowProblems(/sw\.js|Failed to fetch|ERR_INTERNET_DISCONNECTED/)

  await page.goto(`/browse/${card.id}`)
  await expect(page.getByRole('heading', { name: 'Answer' })).toBeVisible()
  await page.goto(`/sandbox/${card.sandboxScenario ?? 'rotation'}`)
  await expect(page.getByRole('heading', { name: 'Create a key' })).toBeVisible()
})

test("a teacher's links opened cold offline: presenter mode, a seeded quiz, a handout", async ({
  page,
  server,
  allowProblems,
}) => {
  // Issue 14: the links on a teacher's slides work in a room without a network once the app has
  // been visited; each screen is opened by its address, as a link would.
  test.slow()
  await server.start('current')
  await page.goto('/')
  await waitForOfflineCopy(page)
  await goOffline(page, server)
  allowProblems(/sw\.js|Failed to fetch|ERR_INTERNET_DISCONNECTED/)

  const classroom = [
    'presentCards',
    'presentCard',
    'presentQuiz',
    'presentSandbox',
    'quiz',
    'handout',
  ]
  const visits = routeVisits().filter(({ name }) => classroom.includes(name))
  expect(visits).toHaveLength(classroom.length)
  for (const { name, visit } of visits) await openRoute(page, name, visit)
})

test.describe('built under a base path, as for a project page', () => {
  test.use({ basePath: BASE_PATH })

  test('works offline there too: study, the screens and deep links, in the scope of the base path', async ({
    page,
    server,
    allowProblems,
  }) => {
    test.slow()
    await server.start('base')
    await page.goto(BASE_PATH)
    await expect(studyScreen(page).showAnswer).toBeVisible()
    await waitForOfflineCopy(page)
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope),
    ).toBe(`${server.origin}${BASE_PATH}`)

    await goOffline(page, server)
    allowProblems(/sw\.js|Failed to fetch|ERR_INTERNET_DISCONNECTED/)
    await page.reload()
    await studyScreen(page).answerWithKeys(3)
    await expect.poll(async () => (await readStored(page)).logs.length).toBe(1)

    // The app's own links stay under the base path.
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('link', { name: 'Cards' }).click()
    await expect(page).toHaveURL(`${server.origin}${BASE_PATH}browse`)
    await expect(page.getByRole('heading', { name: 'Cards', level: 1 })).toBeVisible()

    await page.goto(`${BASE_PATH}browse/${card.id}`)
    await expect(page.getByRole('heading', { name: 'Answer' })).toBeVisible()
    await page.goto(`${BASE_PATH}sandbox/${card.sandboxScenario ?? 'rotation'}`)
    await expect(page.getByRole('heading', { name: 'Create a key' })).toBeVisible()
  })
})
