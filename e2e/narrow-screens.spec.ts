import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectNoSidewaysScroll } from './page-checks.ts'
import { createKey, encrypt } from './sandbox-helpers.ts'
import { FIXED_START, openStudy, studyScreen } from './study-helpers.ts'

// WCAG 1.4.10 Reflow: content fits 320 CSS px without scrolling sideways (the main navigation
// may scroll within itself). Each screen is checked with its real content on it: a revealed
// card, statistics of a few answers, the settings form, a sandbox with a key and a ciphertext.
test.use({ viewport: { width: 320, height: 640 } })

async function expectFits(page: Page) {
  await expectNoSidewaysScroll(page)
  // Every navigation link can still be reached, by scrolling the navigation into view.
  const last = page.getByRole('navigation', { name: 'Main' }).getByRole('link').last()
  await last.scrollIntoViewIfNeeded()
  await expect(last).toBeInViewport()
}

test('every screen fits a 320 px wide screen with its content on it', async ({ page }) => {
  await page.clock.install({ time: FIXED_START })
  await openStudy(page)
  const screen = studyScreen(page)
  await screen.answerWithKeys(3)
  await screen.answerWithKeys(1)
  await page.keyboard.press('Space')
  await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible()
  await expectFits(page)

  await page.goto('/browse?q=key')
  await expect(page.getByRole('heading', { name: 'Cards', level: 1 })).toBeVisible()
  await expectFits(page)

  await page.goto('/stats')
  await expect(page.getByRole('heading', { name: 'Cards by state' })).toBeVisible()
  await expectFits(page)

  await page.goto('/settings')
  await expect(page.getByRole('heading', { name: 'Study settings' })).toBeVisible()
  await expectFits(page)

  // A guided scenario's step with its result and its calls open (long ARNs and base64).
  await page.goto('/sandbox/encryption-context')
  const guide = page.getByRole('region', { name: /^Guided scenario:/ })
  await guide
    .getByRole('region', { name: /^Step 1 of/ })
    .getByRole('button')
    .first()
    .click()
  await expect(guide.getByRole('button', { name: 'Next', exact: true })).toBeEnabled()
  await guide.getByText(/^Request and response/).click()
  await expectFits(page)

  await page.goto('/sandbox')
  await createKey(
    page,
    'A key with a rather long description for a narrow phone',
    'alias/a-rather-long-alias-name-for-a-narrow-phone',
  )
  await encrypt(page, 'secret', 'table=orders')
  await expectFits(page)

  // A key's page: metadata, the state diagram (which scrolls in its own box), aliases, tags.
  await page
    .getByRole('link', { name: 'alias/a-rather-long-alias-name-for-a-narrow-phone' })
    .click()
  await expect(page.getByRole('heading', { name: 'Key state', exact: true })).toBeVisible()
  await expectFits(page)
})

// WCAG 1.4.4 Resize text: with Display → Largest text on a phone (the same as 200 % zoom at
// 390 px), the four grade buttons take two rows instead of squeezing their labels out of the box.
test('the grade buttons stay readable with the largest text on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.addInitScript(() =>
    localStorage.setItem(
      'keydeck-display',
      JSON.stringify({ theme: 'system', textSize: 'largest', motion: 'system' }),
    ),
  )
  await page.clock.install({ time: FIXED_START })
  await openStudy(page)
  await page.keyboard.press('Space')
  const grades = page.getByRole('group', { name: 'How well did you remember?' })
  await expect(grades).toBeVisible()
  for (const button of await grades.getByRole('button').all()) {
    const overflow = await button.evaluate((b) => b.scrollWidth - b.clientWidth)
    expect(overflow, (await button.getAttribute('aria-label')) ?? '').toBeLessThanOrEqual(0)
  }
  await expectNoSidewaysScroll(page)
})
