/** What a learner does in the sandbox, shared by the sandbox and accessibility specs. */
import type { Page } from '@playwright/test'
import { expect } from './fixtures.ts'

/** The create-key wizard of the sandbox's home. */
export const keyWizard = (page: Page) => page.getByRole('region', { name: 'Create a key' })

/** Waits for the wizard's step `n` ("Step n of 6: …"), so a click never lands on the last step's button. */
export async function expectWizardStep(page: Page, n: number, name: string) {
  await expect(
    keyWizard(page).getByRole('heading', { name: `Step ${n} of 6: ${name}`, exact: true }),
  ).toBeVisible()
}

/** Next, then the step it leads to. */
export async function wizardNext(page: Page, n: number, name: string) {
  await keyWizard(page).getByRole('button', { name: 'Next', exact: true }).click()
  await expectWizardStep(page, n, name)
}

/**
 * Creates a symmetric encryption key with the wizard, with the default key policy, no tags and
 * an alias when one is given, and waits until the key list shows it.
 */
export async function createKey(page: Page, description: string, alias?: string) {
  const wizard = keyWizard(page)
  await expectWizardStep(page, 1, 'Key type')
  await expect(wizard.getByRole('radio', { name: 'Symmetric', exact: true })).toBeChecked()
  await wizardNext(page, 2, 'Key spec')
  await wizardNext(page, 3, 'Description and alias')
  await wizard.getByRole('textbox', { name: 'Description', exact: true }).fill(description)
  if (alias) await wizard.getByRole('textbox', { name: /^Alias/ }).fill(alias)
  await wizardNext(page, 4, 'Tags')
  await wizardNext(page, 5, 'Key policy')
  await wizardNext(page, 6, 'Review')
  await wizard.getByRole('button', { name: 'Create key' }).click()
  // The wizard starts over once the key (and its alias) exist, as the learner sees before going on.
  await expect(wizard.getByText(/^Created key /)).toBeVisible()
  await expectWizardStep(page, 1, 'Key type')
  await expect(
    page.getByRole('region', { name: /Your keys/ }).getByText(description, { exact: true }),
  ).toBeVisible()
}

export async function encrypt(page: Page, text: string, context: string): Promise<string> {
  const form = page.getByRole('form', { name: 'Encrypt' })
  await form.getByLabel('Plaintext').fill(text)
  await form.getByLabel(/Encryption context/).fill(context)
  await form.getByRole('button', { name: 'Encrypt' }).click()
  return readBlob(page)
}

/** The CiphertextBlob the Encrypt form shows, read as a person reads it: the text under its label. */
export async function readBlob(page: Page): Promise<string> {
  const blob = page
    .getByRole('form', { name: 'Encrypt' })
    .getByRole('figure', { name: 'CiphertextBlob (base64)' })
    .locator('code')
  await expect(blob).toHaveText(/\S/)
  return (await blob.textContent()) ?? ''
}

export async function decrypt(page: Page, blob: string, context: string) {
  const form = page.getByRole('form', { name: 'Decrypt' })
  await form.getByLabel(/CiphertextBlob to decrypt/).fill(blob)
  await form.getByLabel(/Encryption context/).fill(context)
  await form.getByRole('button', { name: 'Decrypt' }).click()
  return form
}
