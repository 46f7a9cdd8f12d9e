/**
 * Presenter mode (issue 14, items 1 and 3): a tag set and the envelope walkthrough presented to a
 * room, driven by the keys a keyboard and a presentation clicker send, with the question large
 * enough for the back of the room at 1920×1080; Escape leaves for the same content; deep links
 * open cold; and presenting touches no study progress.
 */
import type { Page } from '@playwright/test'
import { expect, plain, shippedDeck, test } from './fixtures.ts'
import { FIXED_START, openStudy, readStored, studyScreen } from './study-helpers.ts'

const TAG = 'rotation'
const tagged = shippedDeck.cards.filter((c) => c.tags.includes(TAG))
const taggedQuestions = tagged.map((c) => plain(c.front))
const progress = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ \/ \d+$/ })
const question = (page: Page) => page.getByRole('region', { name: 'Question' })
const answer = (page: Page) => page.getByRole('region', { name: 'Answer' })

/** The rendered font size, in CSS pixels, of the first text block in `selector`'s element. */
async function fontSizeOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => {
    const element = document.querySelector(s)
    if (!element) throw new Error(`nothing matches ${s}`)
    return parseFloat(getComputedStyle(element).fontSize)
  }, selector)
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
})

test('a tag set, presented with Space, the arrows and PageDown, in room-sized type', async ({
  page,
}) => {
  expect(tagged.length).toBeGreaterThan(3)
  await page.goto(`/browse?tag=${TAG}`)
  await page.getByRole('link', { name: 'Present these cards' }).click()
  await expect(page).toHaveURL(new RegExp(`/present/cards\\?tag=${TAG}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cards: #${TAG}`)
  await expect(progress(page)).toHaveText(`1 / ${tagged.length}`)
  await expect(page.getByRole('progressbar', { name: 'Cards presented' })).toHaveAttribute(
    'max',
    String(tagged.length),
  )

  const first = (await question(page).locator('p').first().textContent()) ?? ''
  expect(taggedQuestions.some((q) => q.startsWith(first))).toBe(true)
  // From the back of the room: at least 4 % of the viewport's 1080 px.
  const size = await fontSizeOf(page, '#present-question-heading + div p')
  expect(size).toBeGreaterThanOrEqual(0.04 * 1080)
  await expect(answer(page)).toBeHidden()

  await page.keyboard.press('Space')
  await expect(answer(page)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(progress(page)).toHaveText(`2 / ${tagged.length}`)
  await expect(answer(page)).toBeHidden()
  await expect(question(page).locator('p').first()).not.toHaveText(first)
  await page.keyboard.press('PageDown')
  await expect(answer(page)).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expect(progress(page)).toHaveText(`3 / ${tagged.length}`)
  // Back undoes forward step for step: the previous card with its answer, then its question.
  await page.keyboard.press('ArrowLeft')
  await expect(progress(page)).toHaveText(`2 / ${tagged.length}`)
  await expect(answer(page)).toBeVisible()
  await page.keyboard.press('PageUp')
  await expect(answer(page)).toBeHidden()
  await page.keyboard.press('End')
  await expect(progress(page)).toHaveText(`${tagged.length} / ${tagged.length}`)
  await page.keyboard.press('Home')
  await expect(progress(page)).toHaveText(`1 / ${tagged.length}`)

  // "b" blanks the screen for the room; any key brings it back.
  await page.keyboard.press('b')
  await expect(page.getByText('The screen is blank.')).toBeAttached()
  await page.keyboard.press('b')
  await expect(page.getByText('The screen is blank.')).not.toBeAttached()

  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(new RegExp(`/browse\\?tag=${TAG}$`))
  await expect(page.getByRole('list', { name: 'Cards' }).getByRole('listitem')).toHaveCount(
    tagged.length,
  )
})

test('the envelope walkthrough, presented step by step with the same keys', async ({ page }) => {
  await page.goto('/sandbox/envelope')
  await page.getByRole('link', { name: 'Present', exact: true }).click()
  await expect(page).toHaveURL(/\/present\/sandbox\/envelope$/)
  const step = page.getByRole('heading', { level: 3, name: /^Step \d of 8/ })
  await expect(step).toHaveText('Step 1 of 8: Your data')
  expect(await fontSizeOf(page, '#envelope-step-heading')).toBeGreaterThanOrEqual(0.04 * 1080)
  await expect(progress(page)).toHaveText('1 / 8')

  // A new account has no key: the step offers one, as outside presenter mode.
  await page.getByRole('button', { name: 'Create a key' }).click()
  await expect(page.getByRole('combobox', { name: 'KMS key' })).toHaveText(/Envelope walkthrough/)
  await page.locator('body').focus()
  await page.keyboard.press('Space')
  await expect(step).toHaveText('Step 2 of 8: GenerateDataKey')
  await expect(progress(page)).toHaveText('2 / 8')
  // Forward first makes the step's call (the reveal), then goes on.
  await page.keyboard.press('PageDown')
  await expect(
    page.locator('dl[aria-label="GenerateDataKey response"] dt', { hasText: 'CiphertextBlob' }),
  ).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(step).toHaveText('Step 3 of 8: Encrypt in the browser')
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('dl[aria-label="AES-GCM in the browser"]')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(step).toHaveText(/^Step 4 of 8/)
  await expect(progress(page)).toHaveText('4 / 8')
  await page.keyboard.press('ArrowLeft')
  await expect(step).toHaveText('Step 3 of 8: Encrypt in the browser')

  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/sandbox\/envelope$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Envelope encryption/)
})

test('deep links open cold: a card and a guided scenario in presenter mode', async ({ page }) => {
  const card = shippedDeck.cards.find((c) => c.updated) ?? shippedDeck.cards[0]!
  await page.goto(`/present/cards/${card.id}`)
  await expect(question(page).locator('#present-question-heading + div')).toHaveText(
    plain(card.front),
  )
  await expect(
    page.getByRole('button', { name: 'Copy the link to this presentation' }),
  ).toBeVisible()
  await page.keyboard.press('Space')
  await expect(answer(page).getByRole('heading', { name: /Changed at AWS/ })).toBeVisible()
  await expect(progress(page)).toHaveText('1 / 1')
  await page.getByRole('link', { name: 'Exit presenter mode' }).click()
  await expect(page).toHaveURL(new RegExp(`/browse/${card.id}$`))

  await page.goto('/present/sandbox/rotation')
  await expect(page.getByRole('heading', { name: 'Set up for you' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: /^Step 1 of/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/sandbox\/rotation$/)
})

test('presenting changes no study progress: the queue counts and the stored reviews stay', async ({
  page,
}) => {
  await page.clock.install({ time: FIXED_START })
  await openStudy(page)
  const study = studyScreen(page)
  await study.answerWithKeys(3)
  const counts = async () =>
    Promise.all((['new', 'learning', 'review'] as const).map((k) => study.count(k).textContent()))
  const before = await counts()
  const stored = await readStored(page)
  expect(stored.logs).toHaveLength(1)

  await page.goto(`/present/cards?tag=${TAG}`)
  await expect(progress(page)).toHaveText(`1 / ${tagged.length}`)
  for (const key of ['Space', 'Space', 'Space', 'PageDown', 'Enter', 'ArrowLeft']) {
    await page.keyboard.press(key)
  }
  await expect(progress(page)).toHaveText(`3 / ${tagged.length}`)
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/browse/)

  await openStudy(page)
  await expect(study.showAnswer).toBeVisible()
  expect(await counts()).toEqual(before)
  expect(await readStored(page)).toEqual(stored)
})
