/**
 * Guided scenarios (issue 11, item 10): a card's "Try it in the sandbox" opens its scenario set
 * up, each step's button makes the real call, Next and Back (→ ←) walk the steps, and the end
 * links back to the cards. Every scenario a card links to runs to its end.
 */
import type { Page } from '@playwright/test'
import { GUIDED_SCENARIOS } from '../src/core/scenarios/index.ts'
import { expect, plain, shippedDeck, test } from './fixtures.ts'

const guide = (page: Page) => page.getByRole('region', { name: /^Guided scenario:/ })
const stepSection = (page: Page) => guide(page).getByRole('region', { name: /^Step \d+ of \d+/ })

/** Presses the step's button (the one not yet done) and waits until Next may go on. */
async function runStep(page: Page, action: string) {
  await stepSection(page).getByRole('button', { name: action, exact: true }).click()
  await expect(guide(page).getByRole('button', { name: 'Next', exact: true })).toBeEnabled()
}

test('a card opens the rotation scenario on a key with rotation on, and the learner steps it to the end', async ({
  page,
}) => {
  const card = shippedDeck.cards.find((c) => c.sandboxScenario === 'rotation')
  if (card === undefined) throw new Error('a card links to the rotation scenario')
  await page.goto(`/browse/${card.id}`)
  await page.getByRole('link', { name: /Try it in the sandbox: Rotate a key/ }).click()
  await expect(page).toHaveURL(/\/sandbox\/rotation$/)

  const setUp = guide(page).getByRole('complementary', { name: 'Set up for you' })
  await expect(setUp).toContainText('with the alias alias/keydeck/rotation')
  await expect(setUp).toContainText('Turned automatic rotation on, every 365 days.')
  // The console beside it already shows the key, rotation on.
  const keys = page.getByRole('region', { name: /Your keys/ }).getByRole('table')
  await expect(keys.getByRole('row').filter({ hasText: 'alias/keydeck/rotation' })).toContainText(
    /365 days|On/,
  )

  await expect(stepSection(page)).toHaveAccessibleName('Step 1 of 6: Check automatic rotation')
  await expect(guide(page).getByRole('button', { name: 'Next', exact: true })).toBeDisabled()
  await runStep(page, 'Get the rotation status')
  await expect(stepSection(page)).toContainText('KeyRotationEnabled: true')
  await expect(stepSection(page)).toContainText('RotationPeriodInDays: 365')
  // After its call, the focus is on Next: Enter goes on.
  await expect(guide(page).getByRole('button', { name: 'Next', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(stepSection(page)).toHaveAccessibleName(/^Step 2 of 6: Encrypt before rotating/)
  await runStep(page, 'Encrypt “written before the rotation”')
  await page.keyboard.press('ArrowRight')

  await runStep(page, 'Rotate the key now')
  await expect(stepSection(page)).toContainText('On-demand rotations left: 24 of 25.')
  // Back shows the step before as it was left; → comes back.
  await page.keyboard.press('ArrowLeft')
  await expect(stepSection(page)).toHaveAccessibleName(/^Step 2 of 6/)
  await expect(stepSection(page).getByRole('button', { name: /^Done:/ })).toBeDisabled()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')

  await runStep(page, 'Decrypt the old ciphertext')
  await expect(stepSection(page)).toContainText('Plaintext: “written before the rotation”')
  await page.keyboard.press('ArrowRight')

  await runStep(page, 'Advance the clock to the next rotation')
  await expect(stepSection(page)).toContainText(/an AUTOMATIC rotation on/)
  await page.keyboard.press('ArrowRight')
  await runStep(page, 'Decrypt the old ciphertext again')
  // The request and response of a call, as the SDK sends and receives them.
  await stepSection(page)
    .getByText(/^Request and response/)
    .click()
  await expect(stepSection(page).getByRole('figure', { name: 'Request 1' })).toContainText(
    '"CiphertextBlob"',
  )
  await page.keyboard.press('ArrowRight')

  await expect(guide(page).getByRole('heading', { name: /^Scenario complete/ })).toBeFocused()
  const cards = shippedDeck.cards.filter((c) => c.sandboxScenario === 'rotation')
  const links = guide(page).getByRole('list').last().getByRole('link')
  await expect(links).toHaveCount(cards.length)
  await guide(page)
    .getByRole('link', { name: plain(card.front) })
    .click()
  await expect(page).toHaveURL(new RegExp(`/browse/${card.id}`))

  // The automatic rotation is in the audit trail too, at its simulated time, by KMS itself.
  await page.goBack()
  const trail = page.getByRole('region', { name: /Audit trail/ })
  await expect(trail).toContainText('RotateKey')
})

for (const name of Object.keys(GUIDED_SCENARIOS)) {
  test(`the ${name} scenario runs to its end`, async ({ page }, testInfo) => {
    // The same calls on either layout: once is proof enough (the phone runs the card-link test).
    test.skip(testInfo.project.name === 'phone', 'desktop only')
    await page.goto(`/sandbox/${name}`)
    await expect(guide(page).getByRole('complementary', { name: 'Set up for you' })).toBeVisible()
    for (;;) {
      const step = stepSection(page)
      if ((await step.count()) === 0) break
      await step
        .getByRole('button')
        .filter({ hasNotText: /^Done:|^Copy/ })
        .first()
        .click()
      await expect(guide(page).getByRole('button', { name: 'Next', exact: true })).toBeEnabled()
      await page.keyboard.press('ArrowRight')
    }
    await expect(guide(page).getByRole('heading', { name: /^Scenario complete/ })).toBeVisible()
    await expect(guide(page).getByRole('alert')).toHaveCount(0)
    const cards = shippedDeck.cards.filter((c) => c.sandboxScenario === name)
    await expect(guide(page).getByRole('list').last().getByRole('link')).toHaveCount(cards.length)
  })
}
