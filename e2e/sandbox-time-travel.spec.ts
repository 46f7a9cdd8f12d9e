/**
 * Time travel in the sandbox (issue 11, item 6): the learner moves the account's clock ahead and
 * sees what KMS does by itself, an automatic rotation and the end of a deletion window; the
 * clock stays where it was moved across a reload.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { createKey } from './sandbox-helpers.ts'

const DAY = 86_400_000
const clockPanel = (page: Page) => page.getByRole('region', { name: 'Time travel' })
const sandboxTime = async (page: Page) =>
  Date.parse((await clockPanel(page).locator('time').getAttribute('datetime')) ?? '')

test('advance a year: an automatic rotation; schedule deletion, advance 7 days: the key and its alias are gone; the clock survives a reload', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await expect(clockPanel(page)).toContainText('Sandbox time:')
  await expect(clockPanel(page)).toContainText('No event is scheduled')
  await expect(
    clockPanel(page).getByRole('button', { name: 'Advance to the next event' }),
  ).toBeDisabled()
  const start = await sandboxTime(page)
  expect(Math.abs(start - Date.now())).toBeLessThan(DAY)

  await createKey(page, 'Yearly key', 'alias/yearly')
  await page.getByRole('link', { name: 'alias/yearly' }).click()
  const rotation = page.getByRole('region', { name: 'Key rotation' })
  await rotation.getByRole('button', { name: 'Enable automatic rotation' }).click()
  await expect(rotation).toContainText('Automatic rotation is on, every 365 days')
  await expect(clockPanel(page)).toContainText('Next event: automatic rotation of alias/yearly on')

  await clockPanel(page).getByRole('button', { name: 'Advance 1 year' }).click()
  await expect(clockPanel(page).getByRole('status')).toContainText(
    '1 automatic rotation, no keys deleted.',
  )
  const versions = rotation.getByRole('list', { name: 'Key material versions' })
  await expect(versions.getByRole('listitem')).toHaveCount(2)
  await expect(versions.getByRole('listitem').nth(1)).toContainText('Automatic rotation')
  await expect(versions.getByRole('listitem').nth(1)).toContainText('Current')
  expect(await sandboxTime(page)).toBeGreaterThanOrEqual(start + 365 * DAY)

  const state = page.getByRole('region', { name: 'Key state', exact: true })
  await state.getByLabel('Waiting period (days)').fill('7')
  await state.getByRole('button', { name: 'Schedule key deletion…' }).click()
  await page
    .getByRole('alertdialog', { name: 'Schedule deletion in 7 days?' })
    .getByRole('button', { name: 'Schedule deletion' })
    .click()
  await expect(clockPanel(page)).toContainText('Next event: deletion of alias/yearly on')
  // Seven jumps of a day, each waited for, so that no click lands while the last still runs.
  const advanceOneDay = async () => {
    const before = await sandboxTime(page)
    await clockPanel(page).getByRole('button', { name: 'Advance 1 day' }).click()
    await expect.poll(() => sandboxTime(page)).toBeGreaterThanOrEqual(before + DAY)
  }
  for (let day = 1; day <= 6; day++) {
    await advanceOneDay()
    await expect(clockPanel(page).getByRole('status')).toContainText('no keys deleted')
    await expect(page.getByRole('heading', { level: 1, name: 'alias/yearly' })).toBeVisible()
  }
  await advanceOneDay()
  await expect(clockPanel(page).getByRole('status')).toContainText('1 key deleted.')
  await expect(page.getByText(/it was deleted, or the address is not that of a key/)).toBeVisible()
  const travelled = await sandboxTime(page)
  expect(travelled).toBeGreaterThanOrEqual(start + 372 * DAY)

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click()
  await expect(page.getByRole('region', { name: /Your keys/ })).not.toContainText('alias/yearly')
  await expect(page.getByRole('region', { name: /Your keys/ })).not.toContainText('Yearly key')
  await expect(clockPanel(page)).toContainText('No event is scheduled')

  await page.reload()
  await expect(clockPanel(page)).toContainText('Sandbox time:')
  expect(await sandboxTime(page)).toBeGreaterThanOrEqual(travelled)
})
