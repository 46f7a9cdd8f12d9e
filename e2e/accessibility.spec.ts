import { expect, shippedDeck, test } from './fixtures.ts'
import { expectNoAxeViolations } from './page-checks.ts'
import { createKey, decrypt, encrypt } from './sandbox-helpers.ts'

const withUpdate =
  shippedDeck.cards.find((c) => c.updated && c.sandboxScenario) ?? shippedDeck.cards[0]!

const SCREENS = [
  { name: 'study', path: '/', ready: 'Study' },
  { name: 'backup and settings', path: '/settings', ready: 'Backup and settings' },
  { name: 'card browser', path: '/browse', ready: 'Cards' },
  { name: 'filtered browser', path: '/browse?q=key&tag=rotation', ready: 'Cards' },
  { name: 'open card', path: `/browse/${withUpdate.id}`, ready: 'Answer' },
  { name: 'sandbox scenario', path: '/sandbox/rotation', ready: 'Create a key' },
  { name: 'not found', path: '/nowhere', ready: 'Page not found' },
]

for (const screen of SCREENS) {
  test(`axe finds no WCAG 2.2 AA violations: ${screen.name}`, async ({ page }) => {
    await page.goto(screen.path)
    await expect(page.getByRole('heading', { name: screen.ready }).first()).toBeVisible()
    if (screen.name === 'open card')
      await expect(page.getByRole('heading', { name: /Changed at AWS/ })).toBeVisible()
    await expectNoAxeViolations(page)
  })
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
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoAxeViolations(page, { label: colorScheme })
  }
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`follows the ${colorScheme} colour scheme with sufficient contrast`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto(`/browse/${withUpdate.id}`)
    await expect(page.getByRole('heading', { name: /Changed at AWS/ })).toBeVisible()
    // Paint the page background on a canvas to read it as sRGB, whatever colour space CSS used.
    const [r = 0, g = 0, b = 0] = await page.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d')!
      context.fillStyle = getComputedStyle(document.documentElement).backgroundColor
      context.fillRect(0, 0, 1, 1)
      return [...context.getImageData(0, 0, 1, 1).data]
    })
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
    expect(colorScheme === 'dark' ? luminance < 0.2 : luminance > 0.8).toBe(true)
    await expectNoAxeViolations(page, { rules: ['color-contrast'] })
  })
}

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
