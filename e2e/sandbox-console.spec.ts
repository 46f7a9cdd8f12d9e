/**
 * The sandbox console (issue 11): the key list, a key's page, its states and aliases and tags,
 * every AWS error with its explanation, clicked as a learner clicks.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { createKey, decrypt, encrypt } from './sandbox-helpers.ts'

const keyTable = (page: Page) => page.getByRole('region', { name: /Your keys/ }).getByRole('table')
const row = (page: Page, text: string) => keyTable(page).getByRole('row').filter({ hasText: text })
const statePanel = (page: Page) => page.getByRole('region', { name: 'Key state', exact: true })

async function expectCurrentState(page: Page, state: string) {
  const states = statePanel(page).getByRole('list', { name: 'What each state allows' })
  await expect(states.locator('[aria-current="true"]')).toHaveCount(1)
  await expect(states.locator('[aria-current="true"]')).toContainText(`${state} (this key)`)
  await expect(statePanel(page).getByRole('img')).toHaveAccessibleName(
    new RegExp(`This key is ${state}\\.$`),
  )
  await expect(
    page.getByRole('region', { name: 'General configuration' }).getByText(state, { exact: true }),
  ).toBeVisible()
}

test('a learner creates a key with an alias, opens it from the list, and takes it through its states', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await createKey(page, 'Orders table', 'alias/orders')
  await expect(row(page, 'alias/orders')).toContainText('Symmetric')
  await expect(row(page, 'alias/orders')).toContainText('ENCRYPT_DECRYPT')
  await expect(row(page, 'alias/orders')).toContainText('Customer')
  await expect(row(page, 'alias/orders')).toContainText('Off')

  await row(page, 'alias/orders').getByRole('link', { name: 'alias/orders' }).click()
  await expect(page).toHaveURL(/\/sandbox\/keys\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1, name: 'alias/orders' })).toBeVisible()
  const general = page.getByRole('region', { name: 'General configuration' })
  await expect(general).toContainText(/arn:aws:kms:us-east-1:111122223333:key\/[0-9a-f-]{36}/)
  await expect(general).toContainText('SYMMETRIC_DEFAULT')
  await expect(general).toContainText('SYMMETRIC_DEFAULT')
  await expect(general).toContainText('AWS_KMS')
  await expectCurrentState(page, 'Enabled')

  await statePanel(page).getByRole('button', { name: 'Disable key' }).click()
  await expect(statePanel(page).getByRole('status')).toHaveText('Key disabled.')
  await expectCurrentState(page, 'Disabled')
  // What the SDK would have sent, and the empty body DisableKey answers with.
  const wire = page.getByRole('region', { name: 'Last request and response' })
  await expect(wire).toContainText('X-Amz-Target: TrentService.DisableKey')
  await expect(wire.getByRole('figure', { name: 'Request: DisableKey' })).toContainText(
    /"KeyId": "[0-9a-f-]{36}"/,
  )
  await expect(wire).toContainText('Response: HTTP 200 with an empty body.')

  await statePanel(page).getByRole('button', { name: 'Enable key' }).click()
  await expectCurrentState(page, 'Enabled')

  await statePanel(page).getByLabel('Waiting period (days)').fill('7')
  await statePanel(page).getByRole('button', { name: 'Schedule key deletion…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Schedule deletion in 7 days?' })
  await dialog.getByRole('button', { name: 'Schedule deletion' }).click()
  await expect(statePanel(page).getByRole('status')).toContainText('PendingDeletion for 7 days')
  await expect(wire.getByRole('figure', { name: 'Response: HTTP 200' })).toContainText(
    '"PendingWindowInDays": 7',
  )
  await expectCurrentState(page, 'PendingDeletion')
  await expect(statePanel(page)).toContainText('KMS deletes this key on')

  await statePanel(page).getByRole('button', { name: 'Cancel key deletion' }).click()
  await expectCurrentState(page, 'Disabled')
  await expect(statePanel(page).getByRole('status')).toContainText('the key is Disabled')

  // Back in the list, the key shows its new state.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click()
  await expect(row(page, 'alias/orders')).toContainText('Disabled')
})

test('every AWS error on the key page is shown as AWS returns it, with why and what fixes it', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await createKey(page, 'First', 'alias/first')
  await row(page, 'alias/first').getByRole('link', { name: 'alias/first' }).click()

  await statePanel(page).getByLabel('Waiting period (days)').fill('5')
  await statePanel(page).getByRole('button', { name: 'Schedule key deletion…' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Schedule deletion' }).click()
  const error = statePanel(page).getByRole('alert')
  await expect(error).toContainText('ValidationException: ')
  await expect(error).toContainText('Fix: Choose a waiting period from 7 to 30 days.')
  const wire = page.getByRole('region', { name: 'Last request and response' })
  await expect(wire.getByRole('figure', { name: 'Response: HTTP 400' })).toContainText(
    '"__type": "ValidationException"',
  )
  await expect(error.getByRole('link', { name: 'The cards on deletion' })).toHaveAttribute(
    'href',
    '/browse?tag=deletion',
  )
  await expectCurrentState(page, 'Enabled')

  // Cancel in the dialog: nothing is sent.
  await statePanel(page).getByLabel('Waiting period (days)').fill('30')
  await statePanel(page).getByRole('button', { name: 'Schedule key deletion…' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click()
  await expectCurrentState(page, 'Enabled')

  const aliases = page.getByRole('region', { name: 'Aliases' })
  await aliases.getByLabel('Alias name').fill('alias/first')
  await aliases.getByRole('button', { name: 'Create alias' }).click()
  await expect(aliases.getByRole('alert')).toContainText('AlreadyExistsException: ')
  await expect(aliases.getByRole('alert')).toContainText('Why: An alias name is unique')
  await aliases.getByLabel('Alias name').fill('alias/aws/mine')
  await aliases.getByRole('button', { name: 'Create alias' }).click()
  await expect(aliases.getByRole('alert')).toContainText('NotAuthorizedException')
  await expect(aliases.getByRole('alert')).toContainText('Why: Names under alias/aws/')

  // The error links the cards that teach it.
  await aliases.getByRole('link', { name: 'The cards on aliases' }).click()
  await expect(page).toHaveURL(/\/browse\?tag=aliases$/)
  await expect(
    page.getByRole('list', { name: 'Cards' }).getByRole('listitem').first(),
  ).toBeVisible()
})

test('aliases move between keys and are deleted; tags are added, changed and removed', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await createKey(page, 'Old key', 'alias/app')
  await createKey(page, 'New key')
  await row(page, 'alias/app').getByRole('link', { name: 'alias/app' }).click()

  const aliases = page.getByRole('region', { name: 'Aliases' })
  await aliases.getByLabel('Alias name').fill('alias/spare')
  await aliases.getByRole('button', { name: 'Create alias' }).click()
  const list = aliases.getByRole('list', { name: 'Aliases of this key' })
  await expect(list.getByRole('listitem')).toHaveText([/alias\/app/, /alias\/spare/])

  const moveTo = aliases.getByLabel('Move alias/app to')
  const newKey = await moveTo.getByRole('option', { name: /^New key/ }).getAttribute('value')
  await moveTo.selectOption(newKey)
  await aliases.getByRole('button', { name: 'Move alias alias/app' }).click()
  await expect(list.getByRole('listitem')).toHaveText([/alias\/spare/])
  await aliases.getByRole('button', { name: 'Delete alias alias/spare' }).click()
  await expect(aliases.getByText('This key has no alias.')).toBeVisible()

  const tags = page.getByRole('region', { name: 'Tags' })
  await tags.getByLabel('Tag key').fill('team')
  await tags.getByLabel('Tag value').fill('payments')
  await tags.getByRole('button', { name: 'Add tag' }).click()
  await expect(tags.getByRole('row', { name: /team payments/ })).toBeVisible()
  await tags.getByLabel('Tag key').fill('team')
  await tags.getByLabel('Tag value').fill('billing')
  await tags.getByRole('button', { name: 'Add tag' }).click()
  await expect(tags.getByRole('row', { name: /team billing/ })).toBeVisible()
  await tags.getByRole('button', { name: 'Remove tag team' }).click()
  await expect(tags.getByText('This key has no tags.')).toBeVisible()

  // The alias now names the other key, in the list too.
  await page.goto('/sandbox')
  await expect(row(page, 'alias/app')).toContainText('New key')
  await expect(row(page, 'alias/app')).not.toContainText('Old key')
})

test('the key list sorts by a column and filters by any word', async ({ page }) => {
  await page.goto('/sandbox')
  await createKey(page, 'Bravo', 'alias/b')
  await createKey(page, 'Alpha', 'alias/a')
  await createKey(page, 'Charlie')
  const firstCells = () => keyTable(page).getByRole('rowheader')
  await expect(firstCells()).toHaveText(['alias/bBravo', 'alias/aAlpha', 'No aliasCharlie'])

  const byAlias = keyTable(page).getByRole('button', { name: 'Alias and description' })
  await byAlias.click()
  await expect(firstCells()).toHaveText(['alias/aAlpha', 'alias/bBravo', 'No aliasCharlie'])
  await expect(
    keyTable(page).getByRole('columnheader', { name: 'Alias and description' }),
  ).toHaveAttribute('aria-sort', 'ascending')
  await byAlias.click()
  await expect(firstCells()).toHaveText(['No aliasCharlie', 'alias/bBravo', 'alias/aAlpha'])

  const filter = page.getByRole('searchbox', { name: 'Filter keys' })
  await filter.fill('alias/')
  await expect(firstCells()).toHaveText(['alias/bBravo', 'alias/aAlpha'])
  await filter.fill('charlie enabled')
  await expect(firstCells()).toHaveText(['No aliasCharlie'])
  await filter.fill('disabled')
  await expect(page.getByText('No key matches “disabled”.')).toBeVisible()
})

test('a key page for a key that does not exist says so', async ({ page }) => {
  await page.goto('/sandbox/keys/1234abcd-12ab-34cd-56ef-1234567890ab')
  await expect(page.getByText(/There is no key 1234abcd-12ab-34cd-56ef-1234567890ab/)).toBeVisible()
  await page.getByRole('link', { name: 'See the account’s keys' }).click()
  await expect(page.getByRole('heading', { name: 'KMS sandbox', level: 1 })).toBeVisible()
})

test('rotation: automatic with a period, on demand with the count left, a timeline, and old ciphertext still decrypts', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await createKey(page, 'Rotating key', 'alias/rotating')
  const blob = await encrypt(page, 'before the rotation', 'table=orders')
  await row(page, 'alias/rotating').getByRole('link', { name: 'alias/rotating' }).click()

  const rotation = page.getByRole('region', { name: 'Key rotation' })
  await expect(rotation).toContainText('Automatic rotation is off.')
  const versions = rotation.getByRole('list', { name: 'Key material versions' })
  await expect(versions.getByRole('listitem')).toHaveCount(1)
  await expect(versions.getByRole('listitem')).toContainText(['Original key material'])

  await rotation.getByLabel('Rotation period (days)').fill('89')
  await rotation.getByRole('button', { name: 'Enable automatic rotation' }).click()
  await expect(rotation.getByRole('alert')).toContainText('ValidationException')
  await expect(rotation.getByRole('alert')).toContainText(
    'Fix: Choose a period from 90 to 2560 days.',
  )
  await rotation.getByLabel('Rotation period (days)').fill('90')
  await rotation.getByRole('button', { name: 'Enable automatic rotation' }).click()
  await expect(rotation).toContainText('Automatic rotation is on, every 90 days; next on')

  await expect(rotation).toContainText('25 of 25 on-demand rotations left')
  await rotation.getByRole('button', { name: 'Rotate now (on demand)' }).click()
  await expect(rotation).toContainText('24 of 25 on-demand rotations left')
  await expect(versions.getByRole('listitem')).toHaveCount(2)
  await expect(versions.getByRole('listitem').nth(0)).not.toContainText('Current')
  await expect(versions.getByRole('listitem').nth(1)).toContainText('On-demand rotation')
  await expect(versions.getByRole('listitem').nth(1)).toContainText('Current')

  // The ciphertext made before the rotation names its material version, and still decrypts.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click()
  const form = await decrypt(page, blob, 'table=orders')
  await expect(form.locator('output')).toHaveText('before the rotation')
  await expect(form).toContainText(
    /Made with key material version 1 \(.+, original\); the key now has 2 versions\./,
  )
  // New ciphertext is made with the current version, the on-demand rotation's.
  await encrypt(page, 'after the rotation', 'table=orders')
  await expect(page.getByRole('form', { name: 'Encrypt' })).toContainText(
    /Made with key material version 2 \(.+, on-demand rotation\); the key now has 2 versions\./,
  )
  await expect(row(page, 'alias/rotating')).toContainText('Every 90 days')
})
