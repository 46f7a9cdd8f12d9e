/**
 * The policy lab (issue 11, item 7): a learner creates an IAM user, calls as it, is denied with
 * an explanation that names exactly what is missing, attaches an identity policy, and edits a
 * key policy so that it no longer delegates to IAM; identities, policies and the caller survive
 * a reload.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectDrawnIn, expectNoAxeViolations } from './page-checks.ts'
import { createKey, encrypt } from './sandbox-helpers.ts'

const ALLOW_ENCRYPT = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "kms:Encrypt", "Resource": "*" }
  ]
}`

const identities = (page: Page) => page.getByRole('region', { name: 'Identities and policies' })
const callingAs = (page: Page) => identities(page).getByRole('combobox', { name: 'Calling as' })
const encryptForm = (page: Page) => page.getByRole('form', { name: 'Encrypt' })

async function createUser(page: Page, name: string) {
  const form = identities(page).getByRole('form', { name: 'Create identity' })
  await form.getByRole('radio', { name: 'IAM user' }).check()
  await form.getByRole('textbox', { name: 'Identity name' }).fill(name)
  await form.getByRole('button', { name: 'Create identity' }).click()
  await expect(identities(page).getByRole('region', { name: `User ${name}` })).toBeVisible()
}

async function attachPolicy(page: Page, user: string, policyName: string, document: string) {
  const form = page.getByRole('form', { name: `Attach identity policy to ${user}` })
  await form.getByRole('textbox', { name: 'Policy name' }).fill(policyName)
  await form.getByRole('textbox', { name: /Policy document/ }).fill(document)
  await form.getByRole('button', { name: 'Attach policy' }).click()
  return form
}

/** Chooses the Encrypt form's key by its description, as the learner reads the drop-down. */
async function chooseKey(page: Page, description: string) {
  const select = encryptForm(page).getByRole('combobox', { name: 'KMS key' })
  const label = await select.locator('option', { hasText: description }).textContent()
  await select.selectOption({ label: label ?? description })
}

async function encryptDenied(page: Page) {
  await encryptForm(page).getByLabel('Plaintext').fill('secret')
  await encryptForm(page).getByRole('button', { name: 'Encrypt' }).click()
  const alert = encryptForm(page).getByRole('alert')
  await expect(alert).toContainText('AccessDeniedException')
  return alert
}

test('a user without an identity policy is denied under the default key policy until one allows Encrypt, and the lab survives a reload', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await createKey(page, 'Lab key')
  await expect(callingAs(page)).toHaveValue('root')
  await createUser(page, 'alice')
  await expect(identities(page).getByRole('region', { name: 'User alice' })).toContainText(
    'No identity policy',
  )

  await callingAs(page).selectOption({ label: 'User alice' })
  await chooseKey(page, 'Lab key')
  const alert = await encryptDenied(page)
  // The default key policy delegates to IAM: what is missing is alice's identity policy.
  await expect(alert).toContainText(
    'The key policy delegates to IAM, but no identity policy of arn:aws:iam::111122223333:user/alice allows kms:Encrypt.',
  )
  await expect(alert).toContainText('what is missing is the user’s identity policy')
  await expectNoAxeViolations(page, { label: 'light' })

  // A policy that is not JSON is refused by IAM, its error under the document with the line.
  const form = await attachPolicy(page, 'alice', 'encrypt', '{\n  "Version": "2012-10-17",\n  ]\n}')
  await expect(form).toContainText(
    /Line 3, column 3: MalformedPolicyDocument: The policy is not valid JSON/,
  )
  await expect(form.getByRole('textbox', { name: /Policy document/ })).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  await attachPolicy(page, 'alice', 'encrypt', ALLOW_ENCRYPT)
  await expect(page.getByRole('figure', { name: 'Identity policy encrypt' })).toContainText(
    '"kms:Encrypt"',
  )
  await encrypt(page, 'secret', '')

  await page.reload()
  await expect(callingAs(page)).toHaveValue('arn:aws:iam::111122223333:user/alice')
  await expect(page.getByRole('figure', { name: 'Identity policy encrypt' })).toBeVisible()
  await chooseKey(page, 'Lab key')
  await encrypt(page, 'again', '')
  // The audit trail names the caller of the call.
  await expect(page.getByRole('region', { name: /Audit trail/ })).toContainText('user/alice')

  await page.emulateMedia({ colorScheme: 'dark' })
  await expectDrawnIn(page, 'dark')
  await expectNoAxeViolations(page, { label: 'dark' })
})

test('a key policy that does not delegate to IAM makes the identity policy not enough; the editor shows AWS errors with their line', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await createKey(page, 'Admins only')
  await page
    .getByRole('region', { name: /Your keys/ })
    .getByRole('link', { name: /Admins only|[0-9a-f]{8}/ })
    .first()
    .click()
  const panel = page.getByRole('region', { name: 'Key policy' })
  const editor = panel.getByRole('textbox', { name: 'Key policy document (JSON)' })
  await expect(editor).toHaveValue(/"Enable IAM User Permissions"/)

  // A misspelt element: MalformedPolicyDocumentException beside the editor, at its line.
  const policy = JSON.parse(await editor.inputValue()) as {
    Statement: Record<string, unknown>[]
  }
  const misspelt = JSON.stringify(policy, null, 2).replace('"Effect"', '"Efect"')
  await editor.fill(misspelt)
  await panel.getByRole('button', { name: 'Save key policy' }).click()
  const line = misspelt.split('\n').findIndex((l) => l.includes('"Efect"')) + 1
  await expect(panel).toContainText(
    new RegExp(`Line ${line}, column 7: MalformedPolicyDocumentException: .*unknown field "Efect"`),
  )

  // The account root keeps only the key's administration: Encrypt is no longer delegated.
  policy.Statement[0] = {
    ...policy.Statement[0],
    Sid: 'KeyAdministratorsOnly',
    Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:PutKeyPolicy'],
  }
  await editor.fill(JSON.stringify(policy, null, 2))
  await panel.getByRole('button', { name: 'Save key policy' }).click()
  await expect(panel.getByRole('status')).toHaveText('Key policy saved.')
  await page.reload()
  await expect(editor).toHaveValue(/"KeyAdministratorsOnly"/)

  await page.getByRole('link', { name: 'KMS sandbox' }).click()
  await createUser(page, 'bob')
  await attachPolicy(page, 'bob', 'encrypt', ALLOW_ENCRYPT)
  await expect(page.getByRole('figure', { name: 'Identity policy encrypt' })).toBeVisible()
  await callingAs(page).selectOption({ label: 'User bob' })
  await chooseKey(page, 'Admins only')
  const alert = await encryptDenied(page)
  await expect(alert).toContainText(
    'The key policy does not delegate to IAM, so the user’s identity policy is not enough',
  )
  await expect(alert).toContainText(
    'no statement in the key policy allows arn:aws:iam::111122223333:user/bob to perform kms:Encrypt',
  )
})
