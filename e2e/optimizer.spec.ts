/**
 * Anki's "Optimize" in Settings: FSRS parameters trained on the learner's own history in a Web
 * Worker (fsrs-browser's WebAssembly), the fit before and after, and Apply only when better.
 * The history is made in Node from a seed with the core's own `gradeCard` and written straight
 * into the app's IndexedDB; the fit of the current parameters the screen shows is checked
 * against what the core computes for the same data.
 */
import type { Page } from '@playwright/test'
import { dayNumber, type ReviewLogEntry } from '../src/core/srs/first-screen.ts'
import {
  countOptimizerReviews,
  DEFAULT_FSRS_PARAMETERS,
  evaluateFit,
  fsrsItemsFromLog,
} from '../src/core/srs/optimizer.ts'
import { syntheticHistory } from '../src/core/srs/testing/synthetic-history.ts'
import { expect, shippedDeck, test } from './fixtures.ts'
import { expectNoAxeViolations } from './page-checks.ts'
import { inKeyDeckDb } from './keydeck-db.ts'
import { seedStudy } from './study-helpers.ts'

const ZONE = 'Asia/Tokyo'
const OFFSET = 540
const DAY = 24 * 3_600_000
/** Wednesday 18 November 2026, 12:00 in Tokyo. */
const NOW = Date.UTC(2026, 10, 18, 3, 0)
const cardIds = shippedDeck.cards.map((c) => c.id).slice(0, 80)

function history(reviews: number) {
  const made = syntheticHistory({ cardIds, reviews, start: NOW - 200 * DAY, seed: 11 })
  expect(made.logs.at(-1)!.reviewedAt).toBeLessThan(NOW)
  return made
}

/** Settings, over a history written as the app stores it. */
async function openSettingsWith(page: Page, data: { states: unknown[]; logs: ReviewLogEntry[] }) {
  await page.clock.install({ time: NOW })
  await page.goto('/')
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible()
  await seedStudy(page, data)
  await page.goto('/settings')
  return page.getByRole('region', { name: 'FSRS parameters' })
}

test.use({ timezoneId: ZONE, locale: 'en-GB' })

test('with 400 reviews or more, Optimize shows the fit before and after, and Apply saves the parameters', async ({
  page,
}) => {
  // Training runs for real in the worker: seconds on a desktop, more on a busy test machine.
  test.setTimeout(120_000)
  const data = history(450)
  const { items } = fsrsItemsFromLog(data.logs, (ms) => dayNumber(ms, 4, OFFSET))
  const current = evaluateFit(items, DEFAULT_FSRS_PARAMETERS)

  const panel = await openSettingsWith(page, data)
  await expect(panel).toContainText('scheduled with FSRS’s default parameters')
  await panel.getByRole('button', { name: 'Optimize' }).click()

  const table = panel.getByRole('table', { name: /fits your review history/ })
  await expect(table).toBeVisible({ timeout: 60_000 })
  await expect(panel).toContainText(`Trained on ${countOptimizerReviews(data.logs)} reviews.`)
  const logLoss = table.getByRole('row', { name: /^Log loss/ })
  const rmse = table.getByRole('row', { name: /^RMSE \(bins\)/ })
  await expect(logLoss.getByRole('cell').nth(0)).toHaveText(current.logLoss.toFixed(4))
  await expect(rmse.getByRole('cell').nth(0)).toHaveText(`${(current.rmseBins * 100).toFixed(2)}%`)
  const optimizedRmse = parseFloat(await rmse.getByRole('cell').nth(1).innerText())
  expect(optimizedRmse).toBeLessThan(current.rmseBins * 100)
  await expectNoAxeViolations(page)

  await panel.getByRole('button', { name: 'Apply' }).click()
  await expect(panel.getByRole('status')).toHaveText(
    'Applied. Your next answers are scheduled with your own parameters.',
  )
  await expect(panel).toContainText('optimized from your own review history')
  const stored = await inKeyDeckDb(
    page,
    async (db, idb) => {
      const settings = (await idb.result(
        db.transaction('meta').objectStore('meta').get('settings'),
      )) as { parameters?: number[] } | undefined
      return settings?.parameters
    },
    null,
  )
  expect(stored).toHaveLength(21)

  await page.reload()
  await expect(panel).toContainText('optimized from your own review history')
  await expect(panel).toContainText(`Parameters: ${stored!.join(', ')}`)
})

test('with fewer than 400 reviews, Optimize says how many more are needed', async ({ page }) => {
  const data = history(150)
  const have = countOptimizerReviews(data.logs)
  const panel = await openSettingsWith(page, data)
  await panel.getByRole('button', { name: 'Optimize' }).click()
  await expect(panel.getByRole('status')).toHaveText(
    `Optimizing needs at least 400 reviews, as in Anki; you have ${have}. ${400 - have} more reviews to go.`,
  )
  await expect(panel.getByRole('button', { name: 'Apply' })).toHaveCount(0)
})
