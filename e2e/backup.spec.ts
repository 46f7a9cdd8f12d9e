import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import {
  answerDialog,
  chooseBackupFile as chooseFile,
  deleteAllProgress,
  exportBackup,
  IMPORT_QUESTION,
  importBackup,
  openBackup,
} from './backup-helpers.ts'
import { expect, test } from './fixtures.ts'
import { FIXED_START, openStudy, readStored, studyScreen } from './study-helpers.ts'

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: FIXED_START })
})

async function studyThree(page: Page) {
  await openStudy(page)
  const screen = studyScreen(page)
  await screen.answerWithKeys(3)
  await screen.answerWithKeys(1)
  await screen.answerWithKeys(4)
}

test('a malformed or corrupted backup is refused with a reason, and the data stays as it was', async ({
  page,
}) => {
  await studyThree(page)
  const before = await readStored(page)
  await openBackup(page)

  // The file is checked before anything is asked: a bad one is refused at once, in plain words.
  await chooseFile(page, 'broken.json', '{"format": "keydeck-backup", "states": [')
  await expect(page.getByRole('alert')).toContainText(
    '“broken.json”: This file is not a KeyDeck backup: it is not valid JSON',
  )
  await expect(page.getByRole('alertdialog')).toBeHidden()
  expect(await readStored(page)).toEqual(before)

  await chooseFile(page, 'notes.json', '{"title": "my notes"}')
  await expect(page.getByRole('alert')).toContainText(
    'This file is not a KeyDeck backup: KeyDeck did not make it',
  )
  await expect(page.getByRole('alertdialog')).toBeHidden()

  const good = JSON.parse((await exportBackup(page)).text)
  good.logs[1].rating = 9
  await chooseFile(page, 'corrupted.json', JSON.stringify(good))
  await expect(page.getByRole('alert')).toContainText('logs.1.rating')
  await expect(page.getByRole('alert')).toContainText('Your data was not changed.')
  expect(await readStored(page)).toEqual(before)
})

test('export, delete everything, import: the same progress comes back', async ({ page }) => {
  await studyThree(page)
  const before = await readStored(page)
  expect(before.logs).toHaveLength(3)
  await openBackup(page)

  const file = await exportBackup(page)
  expect(file.name).toMatch(/^keydeck-backup-\d{4}-\d{2}-\d{2}\.json$/)

  await deleteAllProgress(page)
  expect(await readStored(page)).toEqual({ states: [], logs: [] })

  await chooseFile(page, file.name, file.text)
  // Asked only now that the file is known to be good, and told what is in it.
  await expect(page.getByRole('alertdialog', { name: IMPORT_QUESTION })).toContainText(
    'with 3 reviews of 3 cards. This browser has 0 reviews.',
  )
  await answerDialog(page, IMPORT_QUESTION, 'Replace progress')
  await expect(page.getByRole('status').filter({ hasText: 'Backup imported' })).toHaveText(
    'Backup imported: 3 reviews of 3 cards.',
  )
  expect(await readStored(page)).toEqual(before)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click()
  await expect(studyScreen(page).count('new')).toHaveText('17')
})

test('the settings form shows the imported settings at once, so Save cannot undo an import', async ({
  page,
}) => {
  await openStudy(page)
  await openBackup(page)
  const newPerDay = page.getByLabel('New cards per day')
  await expect(newPerDay).toHaveValue('20')
  const backup = JSON.parse((await exportBackup(page)).text)
  backup.settings.newPerDay = 7
  await importBackup(
    page,
    { name: 'edited.json', text: JSON.stringify(backup) },
    'Replace progress',
  )
  await expect(page.getByRole('status').filter({ hasText: 'Backup imported' })).toBeVisible()
  await expect(newPerDay).toHaveValue('7')
})

test('the review history exports as CSV with Anki revlog columns', async ({ page }) => {
  await studyThree(page)
  await openBackup(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export review history (CSV)' }).click()
  const csv = await readFile(await (await download).path(), 'utf8')
  const lines = csv.trim().split('\n')
  expect(lines[0]).toBe(
    'id,cid,usn,ease,ivl,lastIvl,factor,time,type,stability,difficulty,reviewed_at',
  )
  expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual(['3', '1', '4'])
})

test('after a week of study without a backup, a reminder offers one; exporting clears it', async ({
  page,
}) => {
  await studyThree(page)
  await expect(page.getByText(/without a backup/)).toBeHidden()
  await page.clock.setSystemTime(FIXED_START.getTime() + 8 * 86_400_000)
  await page.reload()
  const reminder = page.getByText(/You have studied for [78] days without a backup\./)
  await expect(reminder).toBeVisible()
  await page.getByRole('link', { name: 'Export a backup' }).click()
  await expect(page).toHaveURL(/\/settings#backup$/)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export backup (JSON)' }).click()
  await download
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click()
  await expect(page.getByRole('heading', { name: 'Study', level: 1 })).toBeVisible()
  await expect(reminder).toBeHidden()
})
