/** Studying on a phone: tap to reveal, grades where the thumb is, no keyboard hints. */
import { expect, test } from './fixtures.ts'
import { FIXED_START, openStudy, studyScreen } from './study-helpers.ts'

test.beforeEach(async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'a phone story')
  await page.clock.install({ time: FIXED_START })
})

test('tap the card to reveal; the grades stay in the thumb zone, in one place for every card', async ({
  page,
}) => {
  await openStudy(page)
  const screen = studyScreen(page)
  const viewport = page.viewportSize()!
  const grades = page.getByRole('group', { name: 'How well did you remember?' })
  const places: { x: number; y: number; bottom: number }[] = []
  for (let i = 0; i < 2; i++) {
    const question = await screen.currentQuestion()
    await screen.question.tap()
    await expect(grades).toBeVisible()
    const box = (await page.getByRole('button', { name: /^Good,/ }).boundingBox())!
    places.push({ x: box.x, y: box.y, bottom: box.y + box.height })
    await page.getByRole('button', { name: /^Good,/ }).tap()
    await expect(screen.question).not.toHaveText(question)
  }
  // In the bottom quarter of the screen, and exactly where it was for the card before.
  expect(places[0]!.bottom).toBeLessThanOrEqual(viewport.height)
  expect(places[0]!.y).toBeGreaterThan(viewport.height * 0.75)
  expect(places[1]).toEqual(places[0])
  // Show answer is there too, and a tap on it reveals as well.
  const show = page.getByRole('button', { name: /Show answer/ })
  expect((await show.boundingBox())!.y).toBeGreaterThan(viewport.height * 0.75)
})

test('keyboard hints are hidden on a touch screen', async ({ page }) => {
  await openStudy(page)
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /Show answer/ }).locator('kbd')).toBeHidden()
  await expect(page.getByRole('button', { name: /Shortcuts/ })).toBeHidden()
  await page.getByRole('button', { name: /Show answer/ }).tap()
  await expect(
    page.getByRole('group', { name: 'How well did you remember?' }).locator('kbd').first(),
  ).toBeHidden()
})
