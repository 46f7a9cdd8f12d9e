/** Two devices: each one's backup merged into the other gives both the same, whole progress. */
import {
  answerDialog,
  chooseBackupFile,
  exportBackup,
  importBackup,
  IMPORT_QUESTION,
  openBackup,
} from './backup-helpers.ts'
import { expect, test } from './fixtures.ts'
import { expectNoAxeViolations } from './page-checks.ts'
import { FIXED_START, openStudy, readStored, studyScreen } from './study-helpers.ts'

const HOUR = 3_600_000

test("merging two devices' backups gives the union of their reviews, the same on both", async ({
  page,
  otherDevice,
}) => {
  await page.clock.install({ time: FIXED_START })
  const laptop = page
  const phone = await otherDevice(new Date(FIXED_START.getTime() + HOUR))

  // The laptop answers one card; the phone, studying on its own, two (the same first card too).
  await openStudy(laptop)
  const first = await studyScreen(laptop).answerWithKeys(3)
  await openStudy(phone)
  expect(await studyScreen(phone).answerWithKeys(1)).toBe(first)
  await studyScreen(phone).answerWithKeys(3)

  await openBackup(laptop)
  const fromLaptop = await exportBackup(laptop)
  await openBackup(phone)
  const fromPhone = await exportBackup(phone)

  await chooseBackupFile(phone, fromLaptop.name, fromLaptop.text)
  await expect(phone.getByRole('alertdialog', { name: IMPORT_QUESTION })).toContainText(
    'with 1 review of 1 card. This browser has 2 reviews.',
  )
  await expectNoAxeViolations(phone)
  await answerDialog(phone, IMPORT_QUESTION, 'Merge with this device')
  await expect(phone.getByRole('status').filter({ hasText: 'Backup merged' })).toHaveText(
    'Backup merged: 1 review added, 3 reviews in all.',
  )
  await importBackup(laptop, fromPhone, 'Merge with this device')
  await expect(laptop.getByRole('status').filter({ hasText: 'Backup merged' })).toHaveText(
    'Backup merged: 2 reviews added, 3 reviews in all.',
  )

  const onPhone = await readStored(phone)
  expect(onPhone.logs).toHaveLength(3) // 1 + 2: every review of both devices
  expect(onPhone.states).toHaveLength(2) // both cards
  // The first card's state is that of its latest answer: the phone's Again, an hour later.
  const firstCard = onPhone.logs[0]!.cardId
  expect(onPhone.logs.filter((l) => l.cardId === firstCard).map((l) => l.rating)).toEqual([3, 1])
  expect(onPhone.states.find((s) => s.cardId === firstCard)?.fsrs.reps).toBe(1)
  expect(await readStored(laptop)).toEqual(onPhone)

  // Merging the same file again changes nothing.
  await importBackup(phone, fromLaptop, 'Merge with this device')
  await expect(
    phone.getByRole('status').filter({ hasText: 'Backup merged: 0 reviews added' }),
  ).toBeVisible()
  expect(await readStored(phone)).toEqual(onPhone)

  // Studying goes on from the merged progress.
  await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click()
  await expect(studyScreen(phone).showAnswer).toBeVisible()
})
