/**
 * Installable (issue 10): Settings offers the browser's install prompt where the browser has
 * one, tells iPhone and iPad users how to add KeyDeck to the home screen, and says whether the
 * browser keeps the data, asking for it when the learner wants.
 */
import { devices, type Page } from '@playwright/test'
import { expect, test } from './pwa-fixtures.ts'

/** Settings once the offline side has started (it keeps the install offer from then on). */
async function openSettingsReady(page: Page) {
  await page.goto('/settings')
  await expect(page.getByText('KeyDeck works offline in this browser')).toBeVisible({
    timeout: 20_000,
  })
}

test('the browser offers to install: Settings shows Install KeyDeck, and it opens the offer', async ({
  page,
  server,
}) => {
  await server.start('current')
  await openSettingsReady(page)
  const install = page.getByRole('button', { name: 'Install KeyDeck' })
  await expect(install).toBeHidden()

  // What Chromium fires when the app can be installed; its dialog cannot open headless, so
  // the event records the call and answers as a learner who accepts.
  await page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true }) as Event & {
      prompt: () => Promise<void>
      userChoice: Promise<{ outcome: string }>
    }
    offer.prompt = async () => {
      ;(window as { promptShown?: boolean }).promptShown = true
    }
    offer.userChoice = Promise.resolve({ outcome: 'accepted' })
    window.dispatchEvent(offer)
    ;(window as { offerKept?: boolean }).offerKept = offer.defaultPrevented
  })
  // Kept for the button instead of the browser's own mini bar.
  expect(await page.evaluate(() => (window as { offerKept?: boolean }).offerKept)).toBe(true)
  await install.click()
  expect(await page.evaluate(() => (window as { promptShown?: boolean }).promptShown)).toBe(true)
  await expect(install).toBeHidden()
})

test('Settings says whether the browser keeps the data, and asks for it', async ({
  page,
  server,
}) => {
  await server.start('current')
  await openSettingsReady(page)
  const persisted = () => page.evaluate(() => navigator.storage.persisted())
  if (await persisted()) {
    await expect(page.getByText('This browser keeps your progress')).toBeVisible()
    return
  }
  await expect(page.getByText('This browser may clear the data of a site')).toBeVisible()
  await page.getByRole('button', { name: 'Ask the browser to keep my data' }).click()
  // The answer shown is the browser's own.
  await expect(
    page.getByText(
      (await persisted()) ? 'This browser keeps your progress' : 'The browser did not grant it yet',
    ),
  ).toBeVisible()
})

test.describe('on an iPhone', () => {
  test.use({ userAgent: devices['iPhone 15'].userAgent })

  test('Settings says how to add KeyDeck to the home screen', async ({ page, server }) => {
    await server.start('current')
    await openSettingsReady(page)
    await expect(page.getByText('tap Share, then “Add to Home Screen”')).toBeVisible()
  })
})
