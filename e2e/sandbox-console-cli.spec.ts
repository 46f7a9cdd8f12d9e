/**
 * Console and CLI teach each other (issue 13, item 6): each console action shows the AWS CLI
 * command that sends the same request; "Run in the CLI panel" types it into the panel's prompt,
 * and Enter gets the same answer there.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectNoAxeViolations } from './page-checks.ts'
import { createKey, decrypt, encrypt } from './sandbox-helpers.ts'

const wire = (page: Page) => page.getByRole('region', { name: 'Last request and response' })

/** The command the console shows for its last action, read as a person reads it. */
async function shownCommand(page: Page, pattern: RegExp): Promise<string> {
  const code = wire(page).getByRole('figure', { name: 'AWS CLI command' }).locator('code')
  await expect(code).toHaveText(pattern)
  return (await code.textContent()) ?? ''
}

/** Follows "Run in the CLI panel": the command waits in the prompt, typed in, not run. */
async function runInCliPanel(page: Page, command: string): Promise<string> {
  await wire(page).getByRole('link', { name: 'Run in the CLI panel' }).click()
  await expect(page.getByRole('heading', { name: 'AWS CLI', level: 1 })).toBeVisible()
  const input = page.getByRole('textbox', { name: 'Command' })
  await expect(input).toHaveValue(command)
  await expect(input).toBeFocused()
  const log = page.getByRole('log')
  await expect(log.locator('pre')).toHaveCount(0)
  await expectNoAxeViolations(page)
  await page.keyboard.press('Enter')
  await expect(log.locator('pre')).toHaveCount(1)
  await expect(input).toHaveValue('')
  return (await log.locator('pre').textContent()) ?? ''
}

test('a decrypt in the console, run again from its AWS CLI command, gives the same plaintext', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await createKey(page, 'Orders table', 'alias/orders')
  await expect(
    wire(page).getByRole('figure', { name: 'AWS CLI command' }).locator('code'),
  ).toHaveText(/^aws kms create-alias --alias-name alias\/orders --target-key-id [0-9a-f-]{36}$/)

  const blob = await encrypt(page, 'Hello, KMS!', 'table=orders')
  await shownCommand(
    page,
    /^aws kms encrypt --key-id [0-9a-f-]{36} --plaintext SGVsbG8sIEtNUyE= --encryption-context '\{"table":"orders"\}'$/,
  )
  const form = await decrypt(page, blob, 'table=orders')
  await expect(form.locator('output')).toHaveText('Hello, KMS!')
  const command = await shownCommand(
    page,
    /^aws kms decrypt --ciphertext-blob \S+ --encryption-context '\{"table":"orders"\}'$/,
  )
  expect(command).toContain(blob)
  await expect(wire(page).getByRole('button', { name: 'Copy AWS CLI command' })).toBeVisible()
  const response = JSON.parse(
    (await wire(page)
      .getByRole('figure', { name: 'Response: HTTP 200' })
      .locator('code')
      .textContent()) ?? '',
  ) as Record<string, unknown>
  await expectNoAxeViolations(page)

  const printed = JSON.parse(await runInCliPanel(page, command)) as Record<string, unknown>
  // The same answer as the console got: plaintext, key ARN, algorithm and key material id.
  expect(printed).toEqual(response)
  expect(printed.Plaintext).toBe('SGVsbG8sIEtNUyE=')
  await expect(page.getByText('Exit code of the last command: 0')).toBeVisible()
})

test('a refused console action prints the same AWS error in the CLI panel', async ({ page }) => {
  await page.goto('/sandbox')
  await createKey(page, 'Disabled soon')
  const blob = await encrypt(page, 'secret', '')
  await page
    .getByRole('region', { name: /Your keys/ })
    .getByRole('link', { name: /^[0-9a-f-]{36}$/ })
    .click()
  await page
    .getByRole('region', { name: 'Key state', exact: true })
    .getByRole('button', { name: 'Disable key' })
    .click()
  const keyId = page.url().split('/').pop()!
  await shownCommand(page, new RegExp(`^aws kms disable-key --key-id ${keyId}$`))

  await page.getByRole('link', { name: 'KMS sandbox' }).click()
  const form = await decrypt(page, blob, '')
  const error = form.getByRole('alert')
  await expect(error).toContainText('DisabledException')
  const command = await shownCommand(
    page,
    /^aws kms decrypt --ciphertext-blob \S+ --encryption-context '\{\}'$/,
  )
  const arn = `arn:aws:kms:us-east-1:111122223333:key/${keyId}`
  await expect(error).toContainText(`${arn} is disabled.`)

  expect(await runInCliPanel(page, command)).toBe(
    `\naws: [ERROR]: An error occurred (DisabledException) when calling the Decrypt operation: ${arn} is disabled.\n`,
  )
  await expect(page.getByText('Exit code of the last command: 254')).toBeVisible()

  // The CLI's call is in the console's audit trail with the console's own.
  await page.getByRole('link', { name: 'Back to the sandbox console' }).click()
  const audit = page.getByRole('region', { name: 'Audit trail' })
  await audit.getByLabel('Error', { exact: true }).selectOption('DisabledException')
  await expect(audit.getByRole('table').getByRole('row')).toHaveCount(3) // the header and two
})
