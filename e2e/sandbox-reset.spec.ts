/**
 * Starting the sandbox over, and its configuration as a file (issue 11, item 11): a teacher
 * exports an account, starts over, imports the file and gets the alias back on a new key with
 * the same description; a malformed file is refused and changes nothing.
 */
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectDrawnIn, expectNoAxeViolations } from './page-checks.ts'
import { createKey } from './sandbox-helpers.ts'

const accountPanel = (page: Page) =>
  page.getByRole('region', { name: 'Sandbox account', exact: true })
const keyList = (page: Page) => page.getByRole('region', { name: /Your keys/ })

async function importFile(page: Page, name: string, text: string) {
  await accountPanel(page)
    .getByLabel('Configuration file to import')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

test('export, start over, import: the alias is back on a new key with the same description; a malformed file changes nothing', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await createKey(page, 'Demo orders key', 'alias/demo-orders')
  const oldId = await keyList(page)
    .getByRole('link', { name: 'alias/demo-orders' })
    .getAttribute('href')

  const download = page.waitForEvent('download')
  await accountPanel(page).getByRole('button', { name: 'Export configuration (JSON)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^keydeck-sandbox-config-\d{4}-\d{2}-\d{2}\.json$/)
  const text = await readFile(await file.path(), 'utf8')
  expect(text).toContain('alias/demo-orders')
  await expect(accountPanel(page)).toContainText('Configuration exported: 1 key')

  // Start over: asked first; Cancel keeps the key, Start over removes it.
  await accountPanel(page).getByRole('button', { name: 'Start over…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Start the sandbox over?' })
  await expect(dialog).toContainText('Your study progress, notes and the CLI panel’s files stay')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(keyList(page).getByText('Demo orders key', { exact: true })).toBeVisible()
  await accountPanel(page).getByRole('button', { name: 'Start over…' }).click()
  await dialog.getByRole('button', { name: 'Start over', exact: true }).click()
  await expect(accountPanel(page)).toContainText('The sandbox account was started over.')
  await expect(keyList(page).getByText('Demo orders key', { exact: true })).toHaveCount(0)

  // Import: confirmed, then the account is rebuilt on new keys.
  await importFile(page, 'demo.json', text)
  const replace = page.getByRole('alertdialog', { name: 'Replace the sandbox account?' })
  await expect(replace).toContainText('new ids and new key material')
  await replace.getByRole('button', { name: 'Replace account' }).click()
  await expect(accountPanel(page)).toContainText('Configuration imported: 1 key')
  const alias = keyList(page).getByRole('link', { name: 'alias/demo-orders' })
  await expect(alias).toBeVisible()
  await expect(keyList(page).getByText('Demo orders key', { exact: true })).toBeVisible()
  expect(await alias.getAttribute('href')).not.toBe(oldId)

  // A malformed file is refused before any question, and the account stays as it is.
  await importFile(
    page,
    'broken.json',
    text.replace('"keySpec": "SYMMETRIC_DEFAULT"', '"keySpec": 7'),
  )
  await expect(accountPanel(page)).toContainText(
    '“broken.json” was refused: This is not a KeyDeck sandbox configuration: keys.0.keySpec',
  )
  await expect(accountPanel(page)).toContainText('The sandbox account was not changed.')
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  await expect(alias).toBeVisible()
  // Well formed, but KMS would refuse its key policy: refused by a rehearsal, before any wipe.
  const badPolicy = JSON.parse(text) as { keys: { policy: string }[] }
  badPolicy.keys[0]!.policy = '{"Statement": 3}'
  await importFile(page, 'bad-policy.json', JSON.stringify(badPolicy))
  await expect(accountPanel(page)).toContainText(
    '“bad-policy.json” was refused: Replaying it fails with MalformedPolicyDocumentException',
  )
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  await expect(alias).toBeVisible()
  await importFile(page, 'notes.json', '{ not json')
  await expect(accountPanel(page)).toContainText('“notes.json” was refused: The file is not JSON.')
  await expect(alias).toBeVisible()
})

test('axe finds no violations in the account panel, light and dark: a refused file, then the Start over dialog', async ({
  page,
}) => {
  test.slow()
  await page.goto('/sandbox')
  await importFile(page, 'broken.json', '[]')
  await expect(accountPanel(page).getByRole('alert')).toContainText('was refused')
  await accountPanel(page).getByRole('button', { name: 'Start over…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Start the sandbox over?' })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectDrawnIn(page, colorScheme)
    await expectNoAxeViolations(page, { label: colorScheme })
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})
