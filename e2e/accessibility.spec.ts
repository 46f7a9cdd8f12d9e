import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectDrawnIn, expectNoAxeViolations } from './page-checks.ts'
import { openRoute, routeVisits } from './route-visits.ts'
import { createKey, decrypt, encrypt } from './sandbox-helpers.ts'
import { FIXED_START } from './study-helpers.ts'

// Every route of the route table (e2e/route-visits.ts), each in both colour schemes, on the
// desktop and on the phone (whose layout differs: one pane in the card browser, no keyboard
// hints). Dark mode has colours of its own, so contrast of its own. Both schemes are scanned in
// one test on one load: the theme is CSS only (`dark:` variants, no script reads the scheme), so
// switching the emulated scheme redraws the same page, and the dark pass costs only axe's time,
// not another test's start and load (the CI suite has a 20-minute cap).
for (const { name, visit } of routeVisits()) {
  test(`axe finds no WCAG 2.2 AA violations in light and dark: route ${name} (${visit?.path ?? 'no visit'})`, async ({
    page,
  }) => {
    // Screens that show dates or what is due show the same ones on every run.
    await page.clock.install({ time: FIXED_START })
    await openRoute(page, name, visit)
    await expectNoViolationsInEitherScheme(page)
  })
}

test('axe finds no WCAG 2.2 AA violations in light and dark: a search with a tag chip on', async ({
  page,
}) => {
  await page.clock.install({ time: FIXED_START })
  await page.goto('/browse?q=key&tag=rotation')
  await expect(page.getByRole('list', { name: 'Cards' })).toBeVisible()
  await expectNoViolationsInEitherScheme(page)
})

async function expectNoViolationsInEitherScheme(page: Page) {
  // Two full scans (the card browser's take seconds each on CI's two cores): a slow test.
  test.slow()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectDrawnIn(page, colorScheme)
    await expectNoAxeViolations(page, { label: colorScheme })
  }
}

test('axe finds no violations on a revealed card and the shortcuts dialog', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Show answer/ }).click()
  await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible()
  await expectNoAxeViolations(page, { label: 'revealed' })
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await expectNoAxeViolations(page, { label: 'dialog', bestPractice: false })
})

test('axe finds no violations in a sandbox with a key, a ciphertext and an AWS error', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await createKey(page, 'Audit me')
  await encrypt(page, 'secret', '')
  const form = await decrypt(page, 'AAAA', '')
  await expect(form.getByRole('alert')).toBeVisible()
  await expectNoViolationsInEitherScheme(page)
})

test('axe finds no violations in a guided scenario: a step with its expected error and its calls open', async ({
  page,
}) => {
  await page.goto('/sandbox/key-states')
  const guide = page.getByRole('region', { name: /^Guided scenario:/ })
  const next = guide.getByRole('button', { name: 'Next', exact: true })
  for (const step of [1, 2]) {
    await guide
      .getByRole('region', { name: new RegExp(`^Step ${step} of`) })
      .getByRole('button')
      .first()
      .click()
    await expect(next).toBeEnabled()
    if (step === 1) await next.click()
  }
  await expect(guide.getByRole('complementary', { name: /^As expected:/ })).toBeVisible()
  await guide.getByText(/^Request and response/).click()
  await guide.getByText(/^Setup calls/).click()
  await expectNoViolationsInEitherScheme(page)
})

test('animates hover feedback, except for people who ask for reduced motion', async ({ page }) => {
  const transitionOfFirstResult = async () => {
    await page.goto('/browse')
    const link = page.getByRole('list', { name: 'Cards' }).getByRole('link').first()
    return parseFloat(await link.evaluate((el) => getComputedStyle(el).transitionDuration))
  }
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  expect(await transitionOfFirstResult()).toBeGreaterThan(0.05)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(await transitionOfFirstResult()).toBeLessThan(0.001)
})
