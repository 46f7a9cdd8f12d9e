/**
 * The create-key wizard (issue 11, item 2): key type and usage, key spec, description and alias,
 * tags, key policy and a review, as the AWS console asks them; each step explains its choice
 * and links to the card that teaches it.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectDrawnIn, expectNoAxeViolations, expectNoSidewaysScroll } from './page-checks.ts'
import { expectWizardStep, keyWizard, wizardNext } from './sandbox-helpers.ts'

const keyRow = (page: Page, text: string) =>
  page
    .getByRole('region', { name: /Your keys/ })
    .getByRole('row')
    .filter({ hasText: text })

async function expectAccessibleInEitherScheme(page: Page, label: string) {
  test.slow()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectDrawnIn(page, colorScheme)
    await expectNoAxeViolations(page, { label: `${label} ${colorScheme}` })
  }
}

async function create(page: Page) {
  await keyWizard(page).getByRole('button', { name: 'Create key' }).click()
  await expect(keyWizard(page).getByText(/^Created key /)).toBeVisible()
  await expectWizardStep(page, 1, 'Key type')
}

test('a symmetric key with an alias and tags, the keyboard moving through the steps', async ({
  page,
}) => {
  await page.goto('/sandbox')
  const wizard = keyWizard(page)
  await expect(wizard.getByRole('navigation', { name: 'Steps to create a key' })).toBeVisible()
  // Each step says what its choice means and links to the card that teaches it.
  await expect(wizard.getByText(/One secret key that never leaves KMS/)).toBeVisible()
  await expect(wizard.getByRole('link', { name: 'Card: kms-symmetric-default-key' })).toBeVisible()

  // Enter in a step moves on; the new step's heading takes the focus.
  await wizard.getByRole('radio', { name: 'Symmetric', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expectWizardStep(page, 2, 'Key spec')
  await expect(wizard.getByRole('heading', { name: /^Step 2 of 6/ })).toBeFocused()
  await expect(wizard.getByRole('radio', { name: 'SYMMETRIC_DEFAULT' })).toBeChecked()
  await expect(wizard.getByText(/A 256-bit AES-GCM key/)).toBeVisible()
  await wizard.getByRole('radio', { name: 'SYMMETRIC_DEFAULT' }).focus()
  await page.keyboard.press('Enter')
  await expectWizardStep(page, 3, 'Description and alias')

  await wizard.getByRole('textbox', { name: 'Description', exact: true }).fill('Orders table')
  await wizard.getByRole('textbox', { name: /^Alias/ }).fill('alias/orders')
  await page.keyboard.press('Enter')
  await expectWizardStep(page, 4, 'Tags')
  await expect(wizard.getByRole('link', { name: 'Card: abac-resource-tag' })).toBeVisible()
  await wizard.getByRole('button', { name: 'Add a tag' }).click()
  // The new row's key has the focus.
  await expect(wizard.getByRole('textbox', { name: 'Tag 1 key' })).toBeFocused()
  await page.keyboard.type('team')
  await page.keyboard.press('Tab')
  await page.keyboard.type('payments')
  await wizard.getByRole('button', { name: 'Add a tag' }).click()
  await wizard.getByRole('textbox', { name: 'Tag 2 key' }).fill('env')
  await wizard.getByRole('textbox', { name: 'Tag 2 value' }).fill('test')
  await wizardNext(page, 5, 'Key policy')
  await expect(wizard.getByRole('radio', { name: /The default key policy/ })).toBeChecked()
  await expect(wizard.getByRole('figure', { name: 'Key policy' })).toContainText(
    '"Sid": "Enable IAM User Permissions"',
  )
  await wizardNext(page, 6, 'Review')

  // The review shows the request exactly as it will be sent.
  const request = wizard.getByRole('figure', { name: 'CreateKey request' })
  await expect(request).toContainText('"Description": "Orders table"')
  await expect(request).toContainText('"TagKey": "team"')
  await expect(request).not.toContainText('Policy')
  await expect(wizard.getByRole('figure', { name: /CreateAlias request/ })).toContainText(
    '"AliasName": "alias/orders"',
  )
  // Back goes back with every choice kept; a step done is a way back too.
  await wizard.getByRole('button', { name: 'Back' }).click()
  await expectWizardStep(page, 5, 'Key policy')
  await wizard
    .getByRole('navigation')
    .getByRole('button', { name: /Description and alias/ })
    .click()
  await expectWizardStep(page, 3, 'Description and alias')
  await expect(wizard.getByRole('textbox', { name: /^Alias/ })).toHaveValue('alias/orders')
  await wizardNext(page, 4, 'Tags')
  await expect(wizard.getByRole('textbox', { name: 'Tag 2 value' })).toHaveValue('test')
  await wizardNext(page, 5, 'Key policy')
  await wizardNext(page, 6, 'Review')
  await create(page)
  await expect(wizard).toContainText('with the alias alias/orders')
  await expect(keyRow(page, 'alias/orders')).toContainText('ENCRYPT_DECRYPT')

  await wizard.getByRole('link', { name: 'Open the new key’s page' }).click()
  const tags = page.getByRole('region', { name: 'Tags', exact: true })
  await expect(tags).toContainText('payments')
  await expect(tags).toContainText('env')
})

test('an ECC_NIST_P256 key that signs and verifies', async ({ page }) => {
  await page.goto('/sandbox')
  const wizard = keyWizard(page)
  await wizard.getByRole('radio', { name: 'Asymmetric' }).check()
  await expect(wizard.getByText(/A key pair: the private key never leaves KMS/)).toBeVisible()
  await wizard.getByRole('radio', { name: 'Sign and verify' }).check()
  await expect(wizard.getByRole('link', { name: 'Card: asym-sign-verify-specs' })).toBeVisible()
  await wizardNext(page, 2, 'Key spec')
  await wizard.getByRole('radio', { name: 'ECC_NIST_P256' }).check()
  await expect(
    wizard.getByText('An elliptic-curve key pair on NIST P-256; it signs with ECDSA_SHA_256.'),
  ).toBeVisible()
  await wizardNext(page, 3, 'Description and alias')
  await wizard.getByRole('textbox', { name: 'Description', exact: true }).fill('Release signing')
  await wizardNext(page, 4, 'Tags')
  await wizardNext(page, 5, 'Key policy')
  await wizardNext(page, 6, 'Review')
  const request = wizard.getByRole('figure', { name: 'CreateKey request' })
  await expect(request).toContainText('"KeySpec": "ECC_NIST_P256"')
  await expect(request).toContainText('"KeyUsage": "SIGN_VERIFY"')
  await create(page)
  await expect(keyRow(page, 'Release signing')).toContainText('SIGN_VERIFY')
  await expect(keyRow(page, 'Release signing')).toContainText('Asymmetric')
})

test('an HMAC key, and an AWS error shown with its explanation until the learner fixes it', async ({
  page,
}) => {
  await page.goto('/sandbox')
  const wizard = keyWizard(page)
  await wizard.getByRole('radio', { name: 'Generate and verify MAC' }).check()
  await expect(wizard.getByText(/An HMAC key: GenerateMac computes a MAC/)).toBeVisible()
  await wizardNext(page, 2, 'Key spec')
  await expect(wizard.getByRole('radio', { name: 'HMAC_256' })).toBeChecked()
  await wizard.getByRole('radio', { name: 'HMAC_384' }).check()
  await expect(wizard.getByText(/HMAC_SHA_384/)).toBeVisible()
  await wizardNext(page, 3, 'Description and alias')
  await wizard.getByRole('textbox', { name: 'Description', exact: true }).fill('Webhook MACs')
  await wizardNext(page, 4, 'Tags')
  await wizard.getByRole('button', { name: 'Add a tag' }).click()
  await wizard.getByRole('textbox', { name: 'Tag 1 key' }).fill('aws:team')
  await wizardNext(page, 5, 'Key policy')
  await wizardNext(page, 6, 'Review')
  await wizard.getByRole('button', { name: 'Create key' }).click()
  const alert = wizard.getByRole('alert')
  await expect(alert).toContainText('TagException')
  await expect(alert).toContainText('Tags beginning with aws: are reserved')
  await expect(alert).toContainText('Why:')
  await expect(page.getByRole('region', { name: /Your keys/ })).not.toContainText('Webhook MACs')
  await expectAccessibleInEitherScheme(page, 'review with an error')

  await wizard.getByRole('navigation').getByRole('button', { name: /Tags/ }).click()
  await wizard.getByRole('button', { name: 'Remove tag 1' }).click()
  await expect(wizard.getByRole('button', { name: 'Add a tag' })).toBeFocused()
  await wizardNext(page, 5, 'Key policy')
  await wizardNext(page, 6, 'Review')
  await create(page)
  await expect(keyRow(page, 'Webhook MACs')).toContainText('GENERATE_VERIFY_MAC')
  await expect(keyRow(page, 'Webhook MACs')).toContainText('HMAC')
})

test('the console’s key policy with a key user chosen from the account’s IAM users', async ({
  page,
}) => {
  await page.goto('/sandbox')
  const wizard = keyWizard(page)
  await wizardNext(page, 2, 'Key spec')
  await wizardNext(page, 3, 'Description and alias')
  await wizard.getByRole('textbox', { name: 'Description', exact: true }).fill('Shared with alice')
  await wizardNext(page, 4, 'Tags')
  await wizardNext(page, 5, 'Key policy')
  await wizard.getByRole('radio', { name: /The console’s key policy/ }).check()
  await expect(wizard.getByRole('link', { name: 'Card: acl-console-key-users' })).toBeVisible()
  await expect(wizard.getByText(/This account has no IAM users or roles yet/)).toBeVisible()
  // Enter in the name creates the user (and does not move the wizard on).
  await wizard.getByRole('textbox', { name: 'New IAM user or role' }).fill('alice')
  await page.keyboard.press('Enter')
  await expect(wizard.getByRole('checkbox', { name: 'alice (IAM user)' }).first()).toBeVisible()
  await wizard.getByRole('textbox', { name: 'New IAM user or role' }).fill('KeyAdmin')
  await wizard.getByRole('button', { name: 'Create role' }).click()
  await expectWizardStep(page, 5, 'Key policy')

  const users = wizard.getByRole('group', { name: 'Key users' })
  await users.getByRole('checkbox', { name: 'alice (IAM user)' }).check()
  await wizard
    .getByRole('group', { name: 'Key administrators' })
    .getByRole('checkbox', { name: 'KeyAdmin (IAM role)' })
    .check()
  const policy = wizard.getByRole('figure', { name: 'Key policy' })
  await expect(policy).toContainText('"Id": "key-consolepolicy-3"')
  await expect(policy).toContainText('"Sid": "Allow use of the key"')
  await expect(policy).toContainText('"AWS": "arn:aws:iam::111122223333:user/alice"')
  await expect(policy).toContainText('"AWS": "arn:aws:iam::111122223333:role/KeyAdmin"')
  await expect(policy).toContainText('"kms:ScheduleKeyDeletion"')
  await wizard
    .getByRole('checkbox', { name: 'Allow key administrators to delete this key' })
    .uncheck()
  await expect(policy).not.toContainText('"kms:ScheduleKeyDeletion"')
  await expectAccessibleInEitherScheme(page, 'console policy')

  await wizardNext(page, 6, 'Review')
  await expect(wizard).toContainText('The console’s: 1 key administrators, 1 key users')
  await expect(wizard.getByRole('figure', { name: 'CreateKey request' })).toContainText(
    'key-consolepolicy-3',
  )
  await create(page)
  // The last request on the wire is the CreateKey with its Policy.
  const sent = page.getByRole('figure', { name: 'Request: CreateKey' })
  await expect(sent).toContainText('"Policy"')
  await expect(sent).toContainText('user/alice')
  await expect(keyRow(page, 'Shared with alice')).toBeVisible()
})

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('every step fits without scrolling sideways', async ({ page }) => {
    await page.goto('/sandbox')
    const wizard = keyWizard(page)
    await expectWizardStep(page, 1, 'Key type')
    await expectNoSidewaysScroll(page)
    await wizard.getByRole('radio', { name: 'Asymmetric' }).check()
    await wizardNext(page, 2, 'Key spec')
    await expectNoSidewaysScroll(page)
    await wizardNext(page, 3, 'Description and alias')
    await wizard
      .getByRole('textbox', { name: /^Alias/ })
      .fill('alias/a-rather-long-alias-for-a-phone')
    await expectNoSidewaysScroll(page)
    await wizardNext(page, 4, 'Tags')
    await wizard.getByRole('button', { name: 'Add a tag' }).click()
    await expectNoSidewaysScroll(page)
    await wizardNext(page, 5, 'Key policy')
    await wizard.getByRole('radio', { name: /The console’s key policy/ }).check()
    await wizard.getByRole('textbox', { name: 'New IAM user or role' }).fill('alice')
    await wizard.getByRole('button', { name: 'Create user' }).click()
    await wizard.getByRole('group', { name: 'Key users' }).getByRole('checkbox').check()
    await expectNoSidewaysScroll(page)
    await wizardNext(page, 6, 'Review')
    await expectNoSidewaysScroll(page)
    await create(page)
    await expectNoSidewaysScroll(page)
  })
})
