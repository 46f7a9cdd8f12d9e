import { expect, test } from './fixtures.ts'
import { openStudy, studyScreen } from './study-helpers.ts'

test('a wrong setting is explained beside its field and nothing is saved until it is fixed', async ({
  page,
}) => {
  await openStudy(page)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backup' }).click()
  const newPerDay = page.getByLabel('New cards per day')
  const retention = page.getByLabel('Desired retention (%)')
  await expect(newPerDay).toHaveValue('20')

  // An emptied field used to be saved as 0; a percentage over 99 is out of range.
  await newPerDay.fill('')
  await retention.fill('120')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('alert')).toHaveText('2 settings need a fix; nothing was saved.')
  await expect(newPerDay).toHaveAttribute('aria-invalid', 'true')
  await expect(newPerDay).toHaveAccessibleDescription('Enter the new cards per day.')
  await expect(retention).toHaveAccessibleDescription(/must be at most 99%\.$/)
  await expect(page.getByText('Saved.', { exact: true })).toBeHidden()

  await page.reload()
  await expect(newPerDay).toHaveValue('20')
  await newPerDay.fill('3')
  await page.getByLabel('Learning steps', { exact: true }).fill('1m 5m 20m')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
  await expect(newPerDay).not.toHaveAttribute('aria-invalid')

  await page.reload()
  await expect(newPerDay).toHaveValue('3')
  await expect(page.getByLabel('Learning steps', { exact: true })).toHaveValue('1m 5m 20m')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click()
  await expect(studyScreen(page).count('new')).toHaveText('3')
})
