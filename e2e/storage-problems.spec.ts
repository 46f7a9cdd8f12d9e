/**
 * When the browser's storage cannot be opened, Study, Statistics and Settings say what happened
 * and what to do, instead of "Loading…" forever.
 */
import { expect, test } from './fixtures.ts'

const SCREENS = ['/', '/stats', '/settings'] as const

test('a browser without storage is told so on every screen that needs it', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
  for (const path of SCREENS) {
    await page.goto(path)
    const problem = page
      .getByRole('alert')
      .filter({ hasText: 'This browser cannot keep your progress' })
    await expect(problem).toBeVisible()
    await expect(problem.getByRole('button', { name: 'Reload' })).toBeVisible()
    await expect(page.getByText(/Loading your/)).toBeHidden()
  }
})

test('data saved by a newer KeyDeck is explained, with a way forward', async ({ page }) => {
  await page.goto('/nowhere') // any page of the app's origin, which opens no database
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // A newer app would have upgraded the database past this app's version.
        const open = indexedDB.open('keydeck', 99)
        open.onsuccess = () => (open.result.close(), resolve())
        open.onerror = () => reject(open.error)
      }),
  )
  for (const path of SCREENS) {
    await page.goto(path)
    const problem = page
      .getByRole('alert')
      .filter({ hasText: 'A newer KeyDeck has used your data' })
    await expect(problem).toContainText('Reload the page to get it; nothing is lost.')
    await expect(problem).toContainText('VersionError')
  }
})
