/** The learner's own note on a card: written with E, shown under the answer, kept and backed up. */
import type { Page } from '@playwright/test'
import { deleteAllProgress, exportBackup, importBackup, openBackup } from './backup-helpers.ts'
import { expect, test } from './fixtures.ts'
import { expectNoAxeViolations } from './page-checks.ts'
import { FIXED_START, openStudy, studyScreen } from './study-helpers.ts'

const NOTE = 'alias/aws/ is AWS-managed:\nnever create one yourself'

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: FIXED_START })
})

const yourNote = (page: Page) => page.getByRole('region', { name: /^Your note/ })

/** Reveals the card on screen and returns its page in the card browser. */
async function reveal(page: Page): Promise<string> {
  await studyScreen(page).currentQuestion() // keys wait for the question
  await page.keyboard.press('Space')
  const details = page.getByRole('link', { name: 'Card details and sources' })
  await expect(details).toBeVisible()
  return (await details.getAttribute('href'))!
}

test('E writes a note that shows under the answer, and after a reload', async ({ page }) => {
  await openStudy(page)
  const cardPage = await reveal(page)
  await expect(yourNote(page)).toBeHidden()

  await page.keyboard.press('e')
  const editor = page.getByRole('dialog', { name: 'Your note on this card' })
  await expect(editor.getByRole('textbox', { name: 'Note' })).toBeFocused()
  await expectNoAxeViolations(page)
  await page.keyboard.type('alias/aws/ is AWS-managed:')
  await page.keyboard.press('Enter')
  await page.keyboard.type('never create one yourself')
  await page.keyboard.press('Control+Enter')
  await expect(editor).toBeHidden()
  await expect(yourNote(page)).toContainText(NOTE)

  // Kept in IndexedDB: the same card, reloaded, still has it under its answer.
  await page.reload()
  expect(await reveal(page)).toBe(cardPage)
  await expect(yourNote(page)).toContainText(NOTE)
})

test('the card page writes and shows the same note as the review screen', async ({ page }) => {
  await openStudy(page)
  const cardPage = await reveal(page)
  await page.goto(cardPage)
  await page.getByRole('button', { name: 'Add your note' }).click()
  await page.getByRole('textbox', { name: 'Note' }).fill(NOTE)
  await page.getByRole('button', { name: 'Save note' }).click()
  await expect(yourNote(page)).toContainText(NOTE)
  await expect(page.getByRole('button', { name: 'Edit your note' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click()
  expect(await reveal(page)).toBe(cardPage)
  await expect(yourNote(page)).toContainText(NOTE)
})

test('a note comes back with a backup: export, delete everything, import', async ({ page }) => {
  await openStudy(page)
  const cardPage = await reveal(page)
  await page.getByRole('button', { name: 'Note' }).click()
  await page.getByRole('textbox', { name: 'Note' }).fill(NOTE)
  await page.getByRole('button', { name: 'Save note' }).click()
  await expect(yourNote(page)).toContainText(NOTE)

  await openBackup(page)
  const backup = await exportBackup(page)
  await deleteAllProgress(page)
  await page.goto(cardPage)
  await expect(page.getByRole('button', { name: 'Add your note' })).toBeVisible()
  await expect(yourNote(page)).toBeHidden()

  await page.goto('/settings')
  await importBackup(page, backup, 'Replace progress')
  await expect(page.getByRole('status').filter({ hasText: 'Backup imported' })).toHaveText(
    'Backup imported: 0 reviews of 0 cards and 1 note.',
  )
  await page.goto(cardPage)
  await expect(yourNote(page)).toContainText(NOTE)
})
