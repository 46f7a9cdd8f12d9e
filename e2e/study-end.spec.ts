/** The end of a day's study: what was done, and Anki's custom study choices to go on. */
import { expect, test } from './fixtures.ts'
import { FIXED_START, openStudy, setNewPerDay, studyScreen } from './study-helpers.ts'

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: FIXED_START })
})

test('the end screen sums up today, then more new cards and the forgotten ones can follow', async ({
  page,
}) => {
  await openStudy(page)
  await setNewPerDay(page, 2)
  const screen = studyScreen(page)
  const forgotten = await screen.answerWithKeys(1) // Again: back in a minute
  await screen.answerWithKeys(4)
  // The failed card comes back within the learn ahead limit; Easy graduates it.
  await screen.answerWithKeys(4)
  const done = page.getByRole('region', { name: 'All done for now' })
  await expect(done).toBeVisible()
  const numbers = done.getByLabel('Studied today', { exact: true })
  await expect(numbers).toContainText('Cards studied today2')
  await expect(numbers).toContainText('Answers3')
  await expect(numbers).toContainText('Again33%')
  await expect(numbers.getByRole('definition')).toHaveCount(4)

  // Three more new cards today.
  await page.getByLabel("Increase today's new-card limit").check()
  await page.getByLabel('More new cards today').fill('3')
  await page.getByRole('button', { name: 'Start custom study' }).click()
  await expect(page.getByText("Custom study: today's cards and 3 more new")).toBeVisible()
  await expect(screen.count('new')).toHaveText('3')
  for (let i = 0; i < 3; i++) await screen.answerWithKeys(4)
  await expect(page.getByRole('region', { name: 'Custom study finished' })).toBeVisible()

  // Back to today's cards: nothing left, and the card forgotten today can be reviewed again.
  await page.getByRole('button', { name: "Back to today's cards" }).click()
  await page.getByLabel('Review the cards you forgot today (1)').check()
  await page.getByRole('button', { name: 'Start custom study' }).click()
  expect(await screen.currentQuestion()).toBe(forgotten)
  await screen.answerWithKeys(3)
  await expect(page.getByRole('region', { name: 'Custom study finished' })).toBeVisible()
})

test('an impossible number of new cards is explained beside the field', async ({ page }) => {
  await openStudy(page)
  await setNewPerDay(page, 0)
  await page.getByLabel("Increase today's new-card limit").check()
  const more = page.getByLabel('More new cards today')
  await more.fill('')
  await page.getByRole('button', { name: 'Start custom study' }).click()
  await expect(more).toHaveAccessibleDescription('Enter a whole number of cards, from 1 to 9999.')
  await expect(page.getByText(/Custom study:/)).toBeHidden()
})
