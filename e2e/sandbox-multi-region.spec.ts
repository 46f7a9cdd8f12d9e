/**
 * Multi-Region keys in the sandbox (issue 16): a card's "Try it in the sandbox" opens the
 * multi-region-keys scenario; the learner steps it by keyboard from the single-Region key that
 * cannot be replicated to the primary waiting in PendingReplicaDeletion, and the replica in the
 * account's second Region (eu-west-1) is still there after a reload; its calls are in that Region's
 * audit trail.
 */
import type { Page } from '@playwright/test'
import { expect, shippedDeck, test } from './fixtures.ts'
import { expectNoAxeViolations, expectNoSidewaysScroll } from './page-checks.ts'

const guide = (page: Page) => page.getByRole('region', { name: /^Guided scenario:/ })
const stepSection = (page: Page) => guide(page).getByRole('region', { name: /^Step \d+ of \d+/ })
const next = (page: Page) => guide(page).getByRole('button', { name: 'Next', exact: true })

/** Presses the step's button with Enter, waits for Next to take the focus, and goes on with Enter. */
async function runStep(
  page: Page,
  n: number,
  title: string,
  action: string,
  shows: RegExp,
): Promise<string> {
  await expect(stepSection(page)).toHaveAccessibleName(`Step ${n} of 6: ${title}`)
  await stepSection(page).getByRole('button', { name: action, exact: true }).press('Enter')
  await expect(next(page)).toBeFocused()
  await expect(stepSection(page)).toContainText(shows)
  const text = (await stepSection(page).textContent()) ?? ''
  await page.keyboard.press('Enter')
  return text
}

test('a card opens the multi-Region scenario; the replica outlives the primary’s deletion and a reload', async ({
  page,
}, testInfo) => {
  // Six steps, two axe scans of the whole sandbox page and a reload, on a shared machine.
  test.setTimeout(120_000)
  const card = shippedDeck.cards.find((c) => c.id === 'mrk-primary-deletion')
  expect(card?.sandboxScenario).toBe('multi-region-keys')
  await page.goto('/browse/mrk-primary-deletion')
  await page.getByRole('link', { name: /Try it in the sandbox: Create a multi-Region key/ }).click()
  await expect(page).toHaveURL(/\/sandbox\/multi-region-keys$/)
  const setUp = guide(page).getByRole('complementary', { name: 'Set up for you' })
  await expect(setUp).toContainText('alias/keydeck/single-region')
  await expect(setUp).toContainText('a second Region for the replica: eu-west-1')

  await runStep(
    page,
    1,
    'Try to replicate a single-Region key',
    'Replicate the single-Region key',
    /UnsupportedOperationException: arn:aws:kms:us-east-1:\d+:key\/\S+ is not a multi-region primary key\./,
  )
  const created = await runStep(
    page,
    2,
    'Create a multi-Region primary key',
    'Create a multi-Region key',
    /KeyId: mrk-[0-9a-f]{32}/,
  )
  const mrkId = /mrk-[0-9a-f]{32}/.exec(created)
  await runStep(
    page,
    3,
    'Replicate it into another Region',
    'Replicate the key',
    /Seconds later, in eu-west-1: KeyState Enabled/,
  )
  await runStep(
    page,
    4,
    'Encrypt here, decrypt there',
    'Encrypt here, decrypt in the other Region',
    /Decrypt in eu-west-1: “encrypted in one Region”/,
  )
  await runStep(
    page,
    5,
    'Read MultiRegionConfiguration in both Regions',
    'Describe the key in both Regions',
    /In eu-west-1: MultiRegionKeyType REPLICA, primary in us-east-1/,
  )
  await expect(stepSection(page)).toHaveAccessibleName(/^Step 6 of 6/)
  await stepSection(page)
    .getByRole('button', { name: 'Schedule deletion of the primary', exact: true })
    .press('Enter')
  await expect(next(page)).toBeFocused()
  await expect(stepSection(page)).toContainText(
    'ScheduleKeyDeletion: KeyState PendingReplicaDeletion, no DeletionDate yet.',
  )
  await expect(stepSection(page)).toContainText('Decrypt in eu-west-1 still works')
  await stepSection(page).screenshot({ path: testInfo.outputPath('step-6.png') })
  await page.keyboard.press('Enter')
  await expect(guide(page).getByRole('heading', { name: /^Scenario complete/ })).toBeFocused()
  await expect(guide(page).getByRole('alert')).toHaveCount(0)

  // The console: the primary's role in the key list, the replica in eu-west-1's panel.
  const id = mrkId?.[0] ?? 'missing'
  const primaryRow = page
    .getByRole('region', { name: /Your keys/ })
    .getByRole('row')
    .filter({ hasText: id })
  await expect(primaryRow).toContainText('Primary; replicas in eu-west-1')
  await expect(primaryRow).toContainText('PendingReplicaDeletion')
  const west = page.getByRole('region', { name: /^Keys in eu-west-1/ })
  await expect(west.getByRole('row').filter({ hasText: id })).toContainText(
    'Replica; primary in us-east-1',
  )

  // The audit trail, per Region as CloudTrail's: the replica's Decrypt is in eu-west-1's.
  const audit = page.getByRole('region', { name: 'Audit trail' })
  await audit.getByLabel('Region', { exact: true }).selectOption('eu-west-1')
  await audit.getByLabel('Operation', { exact: true }).selectOption('Decrypt')
  const decrypts = audit.getByRole('table').getByRole('row')
  await expect(decrypts.nth(1)).toContainText(id)
  await decrypts
    .nth(1)
    .getByRole('button', { name: /^Open Decrypt at .* as JSON$/ })
    .click()
  await expect(audit.getByRole('figure', { name: 'Decrypt event as JSON' })).toContainText(
    '"awsRegion": "eu-west-1"',
  )

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoAxeViolations(page, { label: colorScheme })
  }
  await expectNoSidewaysScroll(page)

  await page.reload()
  await expect(guide(page).getByRole('complementary', { name: 'Set up for you' })).toBeVisible()
  await expect(
    page
      .getByRole('region', { name: /^Keys in eu-west-1/ })
      .getByRole('row')
      .filter({ hasText: id }),
  ).toContainText('Replica; primary in us-east-1')
  await page
    .getByRole('region', { name: /^Keys in eu-west-1/ })
    .screenshot({ path: testInfo.outputPath('west-after-reload.png') })
  await page
    .getByRole('region', { name: /Your keys/ })
    .screenshot({ path: testInfo.outputPath('keys-after-reload.png') })
})
