/**
 * The sandbox's audit trail (issue 11, item 8): one event per call, filtered by key, operation,
 * caller and error, each opened as its CloudTrail JSON; automatic rotations at their sandbox time.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectNoAxeViolations, expectNoSidewaysScroll } from './page-checks.ts'
import { createKey, decrypt, encrypt } from './sandbox-helpers.ts'

const audit = (page: Page) => page.getByRole('region', { name: 'Audit trail' })
const auditRows = (page: Page) => audit(page).getByRole('table').getByRole('row')

test('a learner finds a failed Decrypt and an automatic rotation in the audit trail and opens them as JSON', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await createKey(page, 'Audited key', 'alias/audited')
  const blob = await encrypt(page, 'the secret words', 'team=red')
  await decrypt(page, blob, 'team=blue')
  await expect(page.getByRole('form', { name: 'Decrypt' }).getByRole('alert')).toContainText(
    'InvalidCiphertextException',
  )

  await audit(page).getByLabel('Error', { exact: true }).selectOption('InvalidCiphertextException')
  await expect(auditRows(page)).toHaveCount(2) // the header and one event
  await expect(auditRows(page).nth(1)).toContainText('Decrypt')
  await expect(auditRows(page).nth(1)).toContainText('root')
  await auditRows(page)
    .nth(1)
    .getByRole('button', { name: /^Open Decrypt at .* as JSON$/ })
    .click()
  const json = audit(page).getByRole('figure', { name: 'Decrypt event as JSON' })
  await expect(json).toContainText('"errorCode": "InvalidCiphertextException"')
  await expect(json).toContainText('"eventType": "AwsApiCall"')

  await audit(page).getByLabel('Error', { exact: true }).selectOption('Any outcome')
  await audit(page).getByLabel('Operation', { exact: true }).selectOption('Encrypt')
  await audit(page).getByLabel('Key', { exact: true }).selectOption('alias/audited')
  await expect(auditRows(page)).toHaveCount(2)
  await auditRows(page)
    .nth(1)
    .getByRole('button', { name: /^Open Encrypt/ })
    .click()
  const encrypted = audit(page).getByRole('figure', { name: 'Encrypt event as JSON' })
  // As CloudTrail records it: camelCase members, no response for a cryptographic call.
  await expect(encrypted).toContainText('"encryptionContext"')
  await expect(encrypted).toContainText('"responseElements": null')
  await expect(encrypted).not.toContainText('the secret words')

  // An automatic rotation, made by KMS itself when the sandbox clock passes its date.
  await page.getByRole('link', { name: 'alias/audited' }).click()
  const rotation = page.getByRole('region', { name: 'Key rotation' })
  await rotation.getByRole('button', { name: 'Enable automatic rotation' }).click()
  await expect(rotation).toContainText('Automatic rotation is on, every 365 days')
  await page.getByRole('button', { name: 'Advance 1 year' }).click()
  await expect(page.getByRole('region', { name: 'Time travel' }).getByRole('status')).toContainText(
    '1 automatic rotation',
  )
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click()
  await audit(page).getByLabel('Caller', { exact: true }).selectOption('kms.amazonaws.com')
  await expect(auditRows(page)).toHaveCount(2)
  await expect(auditRows(page).nth(1)).toContainText('RotateKey')
  await expect(auditRows(page).nth(1)).toContainText('alias/audited')
  const rotatedAt = Date.parse(
    (await auditRows(page).nth(1).locator('time').getAttribute('datetime')) ?? '',
  )
  expect(rotatedAt - Date.now()).toBeGreaterThan(360 * 86_400_000)
  await auditRows(page)
    .nth(1)
    .getByRole('button', { name: /^Open RotateKey/ })
    .click()
  const rotated = audit(page).getByRole('figure', { name: 'RotateKey event as JSON' })
  await expect(rotated).toContainText('"eventType": "AwsServiceEvent"')
  await expect(rotated).toContainText('"invokedBy": "kms.amazonaws.com"')

  await expect(page.locator(':focus')).toContainText('RotateKey event as JSON')
  await expectNoSidewaysScroll(page)
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoAxeViolations(page, { label: colorScheme })
  }
})
