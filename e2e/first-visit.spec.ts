/**
 * Issue 10, item 5: on a learner's first visit the study screen's first card is painted from the
 * HTML (the build's render of it, scripts/vite-plugin-first-visit.ts), before the app's scripts
 * have run; the app's first render then takes over with the same card. It is shown only when it
 * is certainly right: never to a returning learner, never on another route.
 *
 * Each test holds the app's entry script back (a route that answers only when released), so what
 * is on screen meanwhile is the HTML's alone.
 */
import type { Page } from '@playwright/test'
import { expect, plain, shippedDeck, test } from './fixtures.ts'
import { studyScreen } from './study-helpers.ts'

const firstQuestion = plain(shippedDeck.cards[0]!.front)
const ENTRY = /\/assets\/index-[\w-]+\.js$/

/** Holds the entry script until `release()`; the page runs no app code until then. */
async function holdEntry(page: Page) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(ENTRY, async (route) => {
    await released
    await route.continue()
  })
  return release
}

/** Whether the app's code has run: it sets `data-text-size` on <html> at start. */
const appStarted = (page: Page) =>
  page.evaluate(() => document.documentElement.hasAttribute('data-text-size'))

test('a first visit shows the first card from the HTML, then the app takes over with the same card', async ({
  page,
}) => {
  const release = await holdEntry(page)
  await page.goto('/', { waitUntil: 'commit' })
  const { question, showAnswer } = studyScreen(page)
  // The snapshot is inert (a picture until the app is live): found by CSS, not by role.
  const snapshotCard = page.locator('#first-visit article')
  await expect(snapshotCard.locator('#review-question + *')).toHaveText(firstQuestion)
  await expect(page.locator('#first-visit nav')).toBeVisible()
  await expect(page.getByRole('button', { name: /Show answer/ })).toHaveCount(0)
  expect(await appStarted(page)).toBe(false)
  const fromHtml = await snapshotCard.evaluate((article) => article.outerHTML)

  release()
  await expect.poll(() => appStarted(page)).toBe(true)
  await expect(page.locator('#first-visit')).toHaveCount(0)
  await expect(question).toHaveText(firstQuestion)
  await expect(page.getByRole('article')).toHaveCount(1)
  // The same markup: the snapshot is the app's own render, not a copy that can drift.
  expect(await page.getByRole('article').evaluate((article) => article.outerHTML)).toBe(fromHtml)
  await showAnswer.click()
  await expect(page.getByRole('button', { name: /Good/ })).toBeVisible()
})

test('a returning learner never sees the first-visit card: their first card comes from their progress', async ({
  page,
}) => {
  await page.goto('/')
  await expect(studyScreen(page).question).toHaveText(firstQuestion)
  // The marker alone must decide: the database check answers too late for the first frame.
  await page.addInitScript(() => {
    indexedDB.databases = () => new Promise(() => undefined)
  })
  const release = await holdEntry(page)
  await page.reload({ waitUntil: 'commit' })
  await expect(page.locator('#first-visit')).toBeHidden()
  expect(await appStarted(page)).toBe(false)
  release()
  await expect(studyScreen(page).question).toBeVisible()
})

test('a database made before the first-visit marker still counts as a returning learner', async ({
  page,
}) => {
  await page.goto('/')
  await expect(studyScreen(page).question).toBeVisible()
  await page.evaluate(() => localStorage.removeItem('keydeck-has-database'))
  const release = await holdEntry(page)
  await page.reload({ waitUntil: 'commit' })
  // indexedDB.databases() answers after the first frame may be drawn; the card is then withdrawn.
  await expect(page.locator('#first-visit')).toBeHidden()
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('keydeck-has-database')))
    .toBe('1')
  release()
})

test('a deep link to another screen does not show the study card while the app loads', async ({
  page,
}) => {
  const release = await holdEntry(page)
  await page.goto('/browse', { waitUntil: 'commit' })
  await expect(page.locator('#first-visit')).toBeHidden()
  release()
  await expect(page.getByRole('heading', { name: 'Cards', level: 1 })).toBeVisible()
})

test('the first-visit card is drawn in the theme the app will use', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  const release = await holdEntry(page)
  await page.goto('/', { waitUntil: 'commit' })
  await expect(page.locator('#first-visit article')).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  release()
  await expect.poll(() => appStarted(page)).toBe(true)
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
})

test('display settings or the demo profile change the page: no first-visit card then', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('keydeck-display', '{"textSize":"largest"}'))
  const release = await holdEntry(page)
  await page.goto('/', { waitUntil: 'commit' })
  await expect(page.locator('#first-visit')).toBeHidden()
  release()
  await expect(studyScreen(page).question).toHaveText(firstQuestion)
})
