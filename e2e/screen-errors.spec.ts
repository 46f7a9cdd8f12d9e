import { expect, test } from './fixtures.ts'
import { openStudy } from './study-helpers.ts'

// Cutting the network makes Chromium log the refused requests; that is the point here.
const OFFLINE = /ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module/

test('a screen that cannot load offline says so inside the shell, and Retry opens it once back online', async ({
  page,
  context,
  allowProblems,
}) => {
  allowProblems(OFFLINE)
  await openStudy(page)
  const nav = page.getByRole('navigation', { name: 'Main' })

  await context.setOffline(true)
  await nav.getByRole('link', { name: 'Stats' }).click()
  const problem = page.getByRole('alert')
  await expect(
    problem.getByRole('heading', { name: 'This screen could not be loaded' }),
  ).toBeFocused()
  await expect(problem).toContainText('You may be offline')
  // The shell is still there: the learner can go elsewhere.
  await expect(nav).toBeVisible()
  await problem.getByRole('button', { name: 'Retry' }).click()
  await expect(
    problem.getByRole('heading', { name: 'This screen could not be loaded' }),
  ).toBeVisible()

  await context.setOffline(false)
  await problem.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible()
  await expect(page.getByRole('alert')).toBeHidden()
})

test('going to another screen clears the error', async ({ page, context, allowProblems }) => {
  allowProblems(OFFLINE)
  await openStudy(page)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await context.setOffline(true)
  await nav.getByRole('link', { name: 'Backup' }).click()
  await expect(page.getByRole('heading', { name: 'This screen could not be loaded' })).toBeVisible()
  await nav.getByRole('link', { name: 'Study' }).click()
  await expect(page.getByRole('heading', { name: 'Study', level: 1 })).toBeVisible()
  await expect(page.getByRole('alert')).toBeHidden()
})

test('offline, a card stays readable when its review history cannot load', async ({
  page,
  context,
  allowProblems,
}) => {
  allowProblems(OFFLINE)
  await page.goto('/browse')
  const results = page.getByRole('list', { name: 'Cards' })
  await expect(results.getByRole('link').first()).toBeVisible()
  await context.setOffline(true)
  await results.getByRole('link').first().click()
  await expect(page.getByRole('heading', { name: 'Answer' })).toBeVisible()
  const problem = page.getByRole('alert').filter({ hasText: 'Your reviews of this card' })
  await expect(problem).toBeVisible()
  await context.setOffline(false)
  await problem.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('heading', { name: 'Your reviews' })).toBeVisible()
})
