/**
 * Imported key material in the sandbox console (issue 16, item 3): the wizard's "Key material
 * origin" makes an EXTERNAL key, which waits in PendingImport; the key page's Key material panel
 * imports material that expires, the clock lets it expire, the same material brings the key back,
 * and deleting the material puts it back in PendingImport.
 */
import { expect, test } from './fixtures.ts'
import { expectNoAxeViolations, expectNoSidewaysScroll } from './page-checks.ts'
import { expectWizardStep, keyWizard, wizardNext } from './sandbox-helpers.ts'

test('a learner creates a key for their own material, imports it, lets it expire and imports it again', async ({
  page,
}) => {
  test.slow()
  await page.goto('/sandbox')
  const wizard = keyWizard(page)
  await expectWizardStep(page, 1, 'Key type')
  await wizardNext(page, 2, 'Key spec')
  await wizard.getByRole('radio', { name: 'External (import key material)' }).check()
  await expect(wizard.getByText(/waits in PendingImport until you import it/)).toBeVisible()
  await wizardNext(page, 3, 'Description and alias')
  await wizard.getByRole('textbox', { name: 'Description', exact: true }).fill('My own material')
  await wizardNext(page, 4, 'Tags')
  await wizardNext(page, 5, 'Key policy')
  await wizardNext(page, 6, 'Review')
  await expect(wizard.getByRole('figure', { name: 'CreateKey request' })).toContainText(
    '"Origin": "EXTERNAL"',
  )
  await wizard.getByRole('button', { name: 'Create key' }).click()
  const row = page
    .getByRole('region', { name: /Your keys/ })
    .getByRole('row')
    .filter({ hasText: 'My own material' })
  await expect(row).toContainText('PendingImport')
  await row.getByRole('link').first().click()

  const material = page.getByRole('region', { name: 'Key material' })
  await expect(material).toContainText('No key material: the key is PendingImport')
  await material.getByLabel('Expiration', { exact: true }).selectOption('Expires in 1 hour')
  await material.getByRole('button', { name: 'Import key material' }).click()
  await expect(material.getByRole('status').or(material.getByRole('alert'))).toContainText(
    /Imported: \d+ bytes of wrapped material, KeyMaterialId [0-9a-f]{64}/,
  )
  await expect(material).toContainText('The material expires on')
  await expect(page.getByRole('region', { name: 'General configuration' })).toContainText('Enabled')

  // A day later KMS has deleted the expired material: the key waits for the same material again.
  await page.getByRole('button', { name: 'Advance 1 day' }).click()
  await expect(material).toContainText('No key material: the key is PendingImport')
  await expect(material.getByLabel('Material', { exact: true })).toHaveValue('same')
  await material.getByLabel('Expiration', { exact: true }).selectOption('never')
  await material.getByRole('button', { name: 'Import key material' }).click()
  await expect(material).toContainText('The material never expires.')

  // Other material is refused: only the same material can come back.
  await material.getByRole('button', { name: 'Delete key material…' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete key material' }).click()
  await expect(material).toContainText('Key material deleted: the key is PendingImport.')
  await material.getByLabel('Material', { exact: true }).selectOption('New material')
  await material.getByRole('button', { name: 'Import key material' }).click()
  await expect(material.getByRole('alert')).toContainText('IncorrectKeyMaterialException')
  await expect(material).toContainText('No key material: the key is PendingImport')

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoAxeViolations(page, { label: colorScheme })
  }
  await expectNoSidewaysScroll(page)
})
