/**
 * Updates that never interrupt a review (issue 10): a second build served to the same browser
 * is offered by a prompt, which waits while a card is on the study screen, shows on any other
 * screen and once the session ends, and reloads only when the learner accepts it.
 */
import type { Page } from '@playwright/test'
import { expect, test, waitForOfflineCopy } from './pwa-fixtures.ts'
import { openStudy, setNewPerDay, studyScreen } from './study-helpers.ts'

const markNotReloaded = (page: Page) =>
  page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true))
/** `undefined` while the page is between two documents. */
const notReloaded = (page: Page) => () =>
  page
    .evaluate(() => (window as { notReloaded?: boolean }).notReloaded === true)
    .catch(() => undefined)

test('a new version waits out the review and reloads only when accepted', async ({
  page,
  server,
}) => {
  test.slow()
  await server.start('current')
  await setNewPerDay(page, 1)
  await openStudy(page)
  const study = studyScreen(page)
  await expect(study.showAnswer).toBeVisible()
  await waitForOfflineCopy(page)
  // A second tab, open on another screen: it must never reload by itself either.
  const otherTab = await page.context().newPage()
  // Its update code starts a few seconds after load on a screen without a card (main.tsx). The
  // browser context's clock stands still until the first tab accepts the update, so that code
  // starts only after the takeover: the order a busy machine or a background tab can give, in
  // which this version's lazy files are already gone (a 404 for its update code, and no prompt,
  // before update-prompt.tsx and the offer moved into the shell's own code).
  await otherTab.clock.install({ time: new Date('2026-12-01T10:00:00Z') })
  await otherTab.clock.pauseAt(new Date('2026-12-01T10:00:01Z'))
  await otherTab.goto('/stats')
  await expect(otherTab.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible()
  // Survives only as long as the page is not reloaded.
  await markNotReloaded(page)
  await markNotReloaded(otherTab)

  // The same address now serves the next version; the browser finds it on its update check.
  await server.start('next')
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    await registration?.update()
  })
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        return registration?.waiting?.state ?? 'none'
      }),
    )
    .toBe('installed')

  const prompt = page.getByText('A new version of KeyDeck is ready')
  const nav = page.getByRole('navigation', { name: 'Main' })
  // On another screen, it is offered.
  await nav.getByRole('link', { name: 'Stats' }).click()
  await expect(prompt).toBeVisible()
  // Back at the card under review, it waits.
  await nav.getByRole('link', { name: 'Study' }).click()
  await expect(study.showAnswer).toBeVisible()
  await expect(prompt).toBeHidden()
  // The session's last card answered: offered again, and still nothing reloaded.
  await study.answerWithKeys(4)
  await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible()
  await expect(prompt).toBeVisible()
  expect(await notReloaded(page)()).toBe(true)

  // Time flows again for the reload; the other tab's update code is still seconds away.
  await page.clock.resume()
  await page.getByRole('button', { name: 'Reload to update' }).click()
  await expect.poll(notReloaded(page)).toBe(false)
  await nav.getByRole('link', { name: 'Backup' }).click()
  await expect(page.getByText('Version 0.0.0-next')).toBeVisible()

  // The other tab was not reloaded under its learner; it offers the version now running, though
  // its own update code started after the takeover, if at all, and could not load.
  const otherPrompt = otherTab.getByText('A new version of KeyDeck is ready')
  await expect(otherPrompt).toBeVisible()
  expect(await notReloaded(otherTab)()).toBe(true)
  await otherTab.getByRole('button', { name: 'Reload to update' }).click()
  await expect.poll(notReloaded(otherTab)).toBe(false)
  await otherTab.goto('/settings')
  await expect(otherTab.getByText('Version 0.0.0-next')).toBeVisible()
})
