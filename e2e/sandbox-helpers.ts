/** What a learner does in the sandbox, shared by the sandbox and accessibility specs. */
import type { Page } from '@playwright/test'
import { expect } from './fixtures.ts'

/** Creates a key with the form of the sandbox's home, with an alias when one is given. */
export async function createKey(page: Page, description: string, alias?: string) {
  const descriptionField = page.getByRole('textbox', { name: 'Description', exact: true })
  await descriptionField.fill(description)
  if (alias) await page.getByRole('textbox', { name: /^Alias/ }).fill(alias)
  await page.getByRole('button', { name: 'Create key' }).click()
  // The form clears once the key (and its alias) exist, as the learner sees before going on.
  await expect(descriptionField).toHaveValue('')
  await expect(page.getByText(/^Created key /)).toBeVisible()
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
