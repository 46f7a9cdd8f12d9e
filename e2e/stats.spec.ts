/**
 * The statistics screen and a card's review history, over a history written straight into the
 * app's IndexedDB. The history is made in Node with the core's own `gradeCard`, and every number
 * the screen shows is checked against what the core computes for the same data.
 */
import type { Page } from '@playwright/test'
import { gradeCard, gradeCram } from '../src/core/srs/answering.ts'
import { buildStatistics } from '../src/core/srs/statistics.ts'
import {
  buryCard,
  dayNumber,
  DEFAULT_SETTINGS,
  newCardState,
  suspendCard,
  type CardSrsState,
  type Grade,
  type ReviewLogEntry,
} from '../src/core/srs/first-screen.ts'
import { expectNoAxeViolations, expectNoSidewaysScroll } from './page-checks.ts'
import { expect, shippedDeck, test } from './fixtures.ts'
import { seedStudy } from './study-helpers.ts'

// A zone far from UTC, so learner days and UTC days differ; no daylight saving in Tokyo.
const ZONE = 'Asia/Tokyo'
const OFFSET = 540
const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Wednesday 18 November 2026, 12:00 in Tokyo. */
const NOW = Date.UTC(2026, 10, 18, 3, 0)
const settings = DEFAULT_SETTINGS
const cardIds = shippedDeck.cards.map((c) => c.id)
const today = dayNumber(NOW, settings.dayStartHour, OFFSET)

/** The screen's heatmap: 26 week columns, the last one ending today (Monday first). */
const heatmapDays = 25 * 7 + ((((today + 3) % 7) + 7) % 7) + 1

/** Ten cards studied when due for up to 100 days, with lapses; one suspended, one buried. */
function buildHistory(): { states: CardSrsState[]; logs: ReviewLogEntry[] } {
  const states: CardSrsState[] = []
  const logs: ReviewLogEntry[] = []
  for (const [i, cardId] of cardIds.slice(0, 12).entries()) {
    let at = NOW - (100 - i * 7) * DAY + i * 7 * 60_000
    let state = newCardState(cardId, at)
    for (let n = 0; at < NOW - HOUR; n++) {
      const grade: Grade = (i + n) % 6 === 5 ? 1 : n % 5 === 3 ? 4 : i % 4 === 0 && n === 2 ? 2 : 3
      const result = gradeCard(state, grade, at, settings, { durationMs: 4_000 + (n % 5) * 1_500 })
      state = result.state
      logs.push(result.log)
      at = Math.max(state.fsrs.due, at + 60_000)
    }
    if (i === 10) state = suspendCard(state)
    if (i === 11) state = buryCard(state, today)
    states.push(state)
  }
  const first = states[0]!
  logs.push(gradeCram(first, 3, NOW - 30 * 60_000, settings, { durationMs: 3_000 }).log)
  logs.sort((a, b) => a.reviewedAt - b.reviewedAt)
  return { states, logs }
}

const history = buildHistory()
const expected = buildStatistics({
  cardIds,
  states: new Map(history.states.map((s) => [s.cardId, s])),
  logs: history.logs,
  now: NOW,
  settings,
  utcOffsetMinutes: OFFSET,
  heatmapDays,
  forecastDays: 30,
  retentionDays: 30,
})

async function openWithHistory(page: Page, path: string) {
  await page.clock.install({ time: NOW })
  await page.goto('/')
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible()
  await seedStudy(page, history)
  await page.goto(path)
}

test.use({ timezoneId: ZONE, locale: 'en-GB' })

test.describe('statistics', () => {
  test('with no reviews yet, the screen says how to get statistics', async ({ page }) => {
    await page.goto('/stats')
    await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible()
    await expect(page.getByText('Study a few cards and your statistics appear here')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Start studying' })).toHaveAttribute('href', '/')
    await expectNoAxeViolations(page)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(page)
  })

  test('shows the calendar, forecast, retention and card counts the core computes', async ({
    page,
  }) => {
    // Two full axe scans of a page with hundreds of table cells: ~10 s each on a loaded 2-core runner.
    test.slow()
    expect(expected.heatmap.total).toBeGreaterThan(50)
    expect(expected.forecast.total).toBeGreaterThan(0)
    expect(expected.retention.all.failed).toBeGreaterThan(0)
    await openWithHistory(page, '/stats')
    await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible()

    const todayCell = expected.heatmap.days.at(-1)!
    const todayPanel = page.getByRole('region', { name: 'Today' })
    await expect(todayPanel.getByRole('definition').first()).toHaveText(String(todayCell.count))

    const calendar = page.getByRole('img', { name: /^Reviews per day/ })
    await expect(calendar).toHaveAccessibleName(
      new RegExp(`: ${expected.heatmap.total} reviews on ${expected.heatmap.activeDays} days, `),
    )
    await expect(calendar.locator('rect')).toHaveCount(expected.heatmap.days.length)
    await expect(calendar.locator('rect title').last()).toHaveText(
      new RegExp(`^${todayCell.count} reviews? on 18 Nov 2026$`),
    )
    await page.getByText('Show the days as a table').click()
    const days = page.getByRole('table', { name: /Reviews on each day/ })
    await expect(days.locator('tbody tr')).toHaveCount(expected.heatmap.activeDays)

    const forecast = page.getByRole('img', { name: /^Cards due in the next 30 days/ })
    await expect(forecast).toHaveAccessibleName(
      new RegExp(`: ${expected.forecast.total} cards?, ${expected.forecast.perDay[0]} today`),
    )
    await page.getByText('Show the forecast as a table').click()
    const forecastTable = page.getByRole('table', { name: /Cards due on each/ })
    await expect(forecastTable.locator('tbody td')).toHaveText(expected.forecast.perDay.map(String))

    const retention = page.getByRole('table', { name: 'Last 30 days' })
    const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)
    for (const [name, cell] of [
      ['Young', expected.retention.young],
      ['Mature', expected.retention.mature],
      ['All', expected.retention.all],
    ] as const) {
      await expect(
        retention.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell'),
      ).toHaveText([String(cell.passed + cell.failed), String(cell.passed), percent(cell.rate)])
    }
    await expect(page.getByText('desired retention, 90%')).toBeVisible()

    const counts = page.getByRole('table', { name: 'Number of cards in each state' })
    for (const [name, count] of [
      ['New', expected.counts.new],
      ['Learning', expected.counts.learning],
      ['Review', expected.counts.review],
      ['Relearning', expected.counts.relearning],
      ['Suspended', 1],
      ['Buried', 1],
      ['Total', cardIds.length],
    ] as const) {
      await expect(
        counts
          .getByRole('row', { name: new RegExp(`^${name}\\b`) })
          .getByRole('cell')
          .first(),
      ).toHaveText(String(count))
    }
    expect(expected.counts.suspended).toBe(1)
    expect(expected.counts.buried).toBe(1)
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(page)
  })

  test("a card's review history lists every answer, newest first", async ({ page }) => {
    const cardId = cardIds[0]!
    const ofCard = history.logs.filter((l) => l.cardId === cardId).reverse()
    await openWithHistory(page, `/browse/${cardId}`)
    await expect(page.getByRole('heading', { name: 'Your reviews' })).toBeVisible()
    const table = page.getByRole('table', { name: 'Reviews of this card, newest first' })
    const rows = table.locator('tbody tr')
    await expect(rows).toHaveCount(ofCard.length)
    const names = ['Manual', 'Again', 'Hard', 'Good', 'Easy']
    await expect(rows.locator('td:first-of-type')).toHaveText(
      ofCard.map((l) => `${names[l.rating]}${l.kind === 'cram' ? ' (cram)' : ''}`),
    )
    // Dates in the learner's zone, formatted as the browser formats them.
    const when = await page.evaluate((at) => {
      const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(at)
      return `${date}, ${new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(at)}`
    }, ofCard[0]!.reviewedAt)
    await expect(rows.first().getByRole('rowheader')).toHaveText(when)
    const stateNames = ['New', 'Learning', 'Review', 'Relearning']
    await expect(page.getByRole('definition').first()).toHaveText(
      stateNames[history.states[0]!.fsrs.state]!,
    )
    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
  })

  test('a card never answered is "not reviewed yet"', async ({ page }) => {
    await openWithHistory(page, `/browse/${cardIds[cardIds.length - 1]}`)
    await expect(page.getByRole('heading', { name: 'Your reviews' })).toBeVisible()
    await expect(page.getByText('Not reviewed yet.')).toBeVisible()
  })
})

test.describe('in another language', () => {
  test.use({ locale: 'en-US' })

  test('dates read as the browser’s language writes them', async ({ page }) => {
    await openWithHistory(page, '/stats')
    const calendar = page.getByRole('img', { name: /^Reviews per day/ })
    await expect(calendar.locator('rect title').last()).toHaveText(/ on Nov 18, 2026$/)
    await page.getByText('Show the forecast as a table').click()
    const forecast = page.getByRole('table', { name: /Cards due on each/ })
    // Tomorrow, Thursday 19 November, as an American calendar writes it.
    await expect(forecast.getByRole('rowheader').nth(1)).toHaveText('Thu, Nov 19')
  })
})
