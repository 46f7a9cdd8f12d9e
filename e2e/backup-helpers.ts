/** Helpers for the backup stories: the Backup panel of the settings screen, as a person uses it. */
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect } from './fixtures.ts'

export async function openBackup(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backup' }).click()
  await expect(page.getByRole('button', { name: 'Export backup (JSON)' })).toBeVisible()
}

/** Clicks Export backup (JSON) and returns the file's name and text. */
export async function exportBackup(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export backup (JSON)' }).click()
  const file = await download
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') }
}

/** Answers the app's own question dialog, as a person would: by its button. */
export async function answerDialog(page: Page, question: string, action: string) {
  const dialog = page.getByRole('alertdialog', { name: question })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: action, exact: true }).click()
  await expect(dialog).toBeHidden()
}

export function chooseBackupFile(page: Page, name: string, text: string) {
  return page
    .getByLabel('Backup file to import')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

export const IMPORT_QUESTION = 'Import this backup?'

/** Chooses a backup file and answers the import question with `action`. */
export async function importBackup(
  page: Page,
  file: { name: string; text: string },
  action: 'Replace progress' | 'Merge with this device',
) {
  await chooseBackupFile(page, file.name, file.text)
  await answerDialog(page, IMPORT_QUESTION, action)
}

/** Start over: deletes all study progress, confirming as a person would. */
export async function deleteAllProgress(page: Page) {
  await page.getByText('Start over').click()
  await page.getByRole('button', { name: 'Delete all study progress' }).click()
  await answerDialog(page, 'Delete all study progress?', 'Delete progress')
  await expect(page.getByText('All study progress was deleted.')).toBeVisible()
}
