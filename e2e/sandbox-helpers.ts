/** What a learner does in the sandbox, shared by the sandbox and accessibility specs. */
import type { Page } from '@playwright/test'
import { expect } from './fixtures.ts'

export async function createKey(page: Page, description: string) {
  await page.getByLabel('Description').fill(description)
  await page.getByRole('button', { name: 'Create key' }).click()
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
  const blob = form.getByLabel('CiphertextBlob (base64)')
  await expect(blob).not.toHaveValue('')
  return blob.inputValue()
}

export async function decrypt(page: Page, blob: string, context: string) {
  const form = page.getByRole('form', { name: 'Decrypt' })
  await form.getByLabel(/CiphertextBlob to decrypt/).fill(blob)
  await form.getByLabel(/Encryption context/).fill(context)
  await form.getByRole('button', { name: 'Decrypt' }).click()
  return form
}
