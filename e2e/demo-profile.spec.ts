/**
 * The demo profile (issue 14, item 6): a teacher's class demo runs in a separate profile, and
 * its reviews never reach their own progress.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { FIXED_START, openStudy, readStored, studyScreen } from './study-helpers.ts'

const badge = (page: Page) => page.getByRole('banner').getByText('Demo profile', { exact: true })

async function switchDemoProfile(page: Page, on: boolean) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backup' }).click()
  const toggle = page.getByRole('switch', { name: 'Demo profile' })
  await expect(toggle).toBeChecked({ checked: !on })
  await toggle.click() // reloads into the other profile
  await expect(page.getByRole('switch', { name: 'Demo profile' })).toBeChecked({ checked: on })
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click()
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: FIXED_START })
})

test("reviews in the demo profile stay out of the learner's own queue and data; switching back finds theirs", async ({
  page,
}) => {
  await openStudy(page)
  const screen = studyScreen(page)
  await expect(badge(page)).toBeHidden()
  await screen.answerWithKeys(3)
  await expect(screen.count('new')).toHaveText('19')

  await switchDemoProfile(page, true)
  await expect(badge(page)).toBeVisible()
  // A fresh profile: all 20 new cards of the day, none of the learner's answers.
  await expect(screen.count('new')).toHaveText('20')
  await screen.answerWithKeys(3)
  await screen.answerWithKeys(4)
  await expect(screen.count('new')).toHaveText('18')
  // The learner's own database still holds their one review only.
  expect((await readStored(page)).logs).toHaveLength(1)

  // Still the demo profile after a reload.
  await page.reload()
  await expect(badge(page)).toBeVisible()
  await expect(screen.count('new')).toHaveText('18')

  await switchDemoProfile(page, false)
  await expect(badge(page)).toBeHidden()
  await expect(screen.count('new')).toHaveText('19')
  expect((await readStored(page)).logs).toHaveLength(1)
})

test('a backup made in the demo profile is labelled as such', async ({ page }) => {
  await openStudy(page)
  await switchDemoProfile(page, true)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backup' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export backup (JSON)' }).click()
  expect((await download).suggestedFilename()).toMatch(
    /^keydeck-demo-backup-\d{4}-\d{2}-\d{2}\.json$/,
  )
})

test("a tab on the demo profile runs its own sandbox beside a tab on the learner's", async ({
  page,
  context,
}) => {
  await page.goto('/sandbox')
  await expect(page.getByRole('heading', { name: 'Create a key' })).toBeVisible()
  // A second tab, switched to the demo profile (the first keeps the profile it started with).
  const demo = await context.newPage()
  await demo.clock.install({ time: FIXED_START })
  await demo.goto('/')
  await switchDemoProfile(demo, true)
  await demo.goto('/sandbox')
  await expect(badge(demo)).toBeVisible()
  // Its own account, so no "open in another tab": the two databases are two accounts.
  await expect(demo.getByRole('heading', { name: 'Create a key' })).toBeVisible()
  await expect(demo.getByText('The sandbox is open in another tab')).toBeHidden()
  await expect(page.getByText('The sandbox is open in another tab')).toBeHidden()
})
