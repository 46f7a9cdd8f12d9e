import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectNoAxeViolations } from './page-checks.ts'

const USAGE =
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n'

/** Types a command, presses Enter, and returns exactly what its transcript entry printed. */
async function run(page: Page, command: string): Promise<string> {
  const log = page.getByRole('log')
  const before = await log.locator('pre').count()
  const input = page.getByLabel('Command')
  await input.fill(command)
  await input.press('Enter')
  await expect(log.locator('pre')).toHaveCount(before + 1)
  // The command line is echoed in the entry, outside its one <pre>.
  const entry = log.locator('pre').last().locator('..')
  await expect(entry).toContainText(command.split('\n')[0]!)
  return (await log.locator('pre').last().textContent()) ?? ''
}

const exitCode = (page: Page, code: number) =>
  expect(page.getByText(`Exit code of the last command: ${code}`)).toBeVisible()

test.describe('AWS CLI panel', () => {
  test('create-key, create-alias, encrypt and decrypt back, then the errors AWS CLI v2 prints', async ({
    page,
  }) => {
    await page.goto('/sandbox/cli')
    await expect(page.getByRole('heading', { name: 'AWS CLI', level: 1 })).toBeVisible()

    const created = await run(
      page,
      'aws kms create-key --description "CLI demo" --query KeyMetadata.KeyId --output text',
    )
    expect(created).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n$/)
    const keyId = created.trim()
    const arn = `arn:aws:kms:us-east-1:111122223333:key/${keyId}`

    expect(
      await run(page, `aws kms create-alias --alias-name alias/cli-demo --target-key-id ${keyId}`),
    ).toBe('')
    await exitCode(page, 0)

    const blob = await run(
      page,
      'aws kms encrypt --key-id alias/cli-demo --plaintext SGVsbG8sIEtNUyE= --query CiphertextBlob --output text',
    )
    expect(blob).toMatch(/^[A-Za-z0-9+/]+=*\n$/)
    expect(
      await run(
        page,
        `aws kms decrypt --ciphertext-blob ${blob.trim()} --query Plaintext --output text`,
      ),
    ).toBe('SGVsbG8sIEtNUyE=\n')

    // The AWS example, with its pipe into base64 --decode and a file of the shell's folder.
    expect(
      await run(
        page,
        `aws kms encrypt --key-id ${keyId} --plaintext SGVsbG8sIEtNUyE= --output text --query CiphertextBlob | base64 --decode > secret.enc`,
      ),
    ).toBe('')
    expect(
      await run(
        page,
        `aws kms decrypt --ciphertext-blob fileb://secret.enc --key-id ${keyId} --output text --query Plaintext | base64 --decode`,
      ),
    ).toBe('Hello, KMS!')

    expect(await run(page, 'aws kms encrypt --key-id alias/cli-demo --plaintext hello')).toBe(
      '\naws: [ERROR]: Invalid base64: "hello"\n',
    )
    await exitCode(page, 255)
    expect(await run(page, 'echo $?')).toBe('255\n')

    expect(await run(page, `aws kms disable-key --key-id ${keyId}`)).toBe('')
    expect(await run(page, `aws kms decrypt --ciphertext-blob ${blob.trim()}`)).toBe(
      `\naws: [ERROR]: An error occurred (DisabledException) when calling the Decrypt operation: ${arn} is disabled.\n`,
    )
    await exitCode(page, 254)

    expect(await run(page, 'aws kms describe-key')).toBe(
      `\naws: [ERROR]: An error occurred (ParamValidation): the following arguments are required: --key-id\n\n${USAGE}`,
    )
    await exitCode(page, 252)

    const table = await run(page, `aws kms list-aliases --key-id ${keyId} --output table`)
    const lines = table.split('\n')
    expect(lines[1]).toMatch(/^\| +ListAliases +\|$/)
    expect(lines[3]).toMatch(/^\|\| +Aliases +\|\|$/)
    // One alias: its one-row section is wider than 80 columns, so it turns into key | value rows.
    expect(table).toMatch(/^\|\| {2}AliasName +\| {2}alias\/cli-demo +\|\|$/m)
    // Every line of the table is as wide as the first.
    expect(new Set(lines.filter(Boolean).map((l) => l.length)).size).toBe(1)

    await expectNoAxeViolations(page)

    // The arrows walk the history; a reload keeps the keys, the files and the history.
    const input = page.getByLabel('Command')
    await input.press('ArrowUp')
    await expect(input).toHaveValue(`aws kms list-aliases --key-id ${keyId} --output table`)
    await page.reload()
    await page.getByLabel('Command').press('ArrowUp')
    await expect(page.getByLabel('Command')).toHaveValue(
      `aws kms list-aliases --key-id ${keyId} --output table`,
    )
    expect(
      await run(page, `aws kms describe-key --key-id alias/cli-demo --query KeyMetadata.KeyState`),
    ).toBe('"Disabled"\n')

    // The shell's folder survives the reload too.
    expect(await run(page, 'ls')).toBe('secret.enc\n')

    await page.getByLabel('Command').press('Control+l')
    await expect(page.getByRole('log').locator('pre')).toHaveCount(0)
    await run(page, 'echo again')
    await page.getByLabel('Command').fill('clear')
    await page.getByLabel('Command').press('Enter')
    await expect(page.getByRole('log').locator('pre')).toHaveCount(0)
  })

  test('rotation and data keys, with Tab completion', async ({ page }) => {
    await page.goto('/sandbox/cli')
    const keyId = (
      await run(page, 'aws kms create-key --query KeyMetadata.KeyId --output text')
    ).trim()

    const input = page.getByLabel('Command')
    await input.fill('aws kms enable-key-rot')
    await input.press('Tab')
    await expect(input).toHaveValue('aws kms enable-key-rotation ')
    await input.press('End')
    await input.pressSequentially(`--key-id ${keyId} --rot`)
    await input.press('Tab')
    await expect(input).toHaveValue(
      `aws kms enable-key-rotation --key-id ${keyId} --rotation-period-in-days `,
    )
    await input.pressSequentially('180')
    await input.press('Enter')
    await expect(page.getByRole('log').locator('pre')).toHaveCount(2)
    await expect(page.getByText('Exit code of the last command: 0')).toBeVisible()

    // Aliases complete after a key flag too.
    await run(page, `aws kms create-alias --alias-name alias/rotating --target-key-id ${keyId}`)
    await input.fill('aws kms get-key-rotation-status --key-id alias/ro')
    await input.press('Tab')
    await expect(input).toHaveValue('aws kms get-key-rotation-status --key-id alias/rotating ')
    await input.fill('')

    expect(
      await run(
        page,
        `aws kms get-key-rotation-status --key-id ${keyId} --query RotationPeriodInDays`,
      ),
    ).toBe('180\n')
    expect(await run(page, `aws kms rotate-key-on-demand --key-id ${keyId} --output text`)).toBe(
      `arn:aws:kms:us-east-1:111122223333:key/${keyId}\n`,
    )
    expect(
      await run(page, `aws kms list-key-rotations --key-id ${keyId} --query 'length(Rotations)'`),
    ).toBe('1\n')
    const dataKey = await run(
      page,
      `aws kms generate-data-key --key-id ${keyId} --key-spec AES_256 --query '[KeyId, length(Plaintext)]' --output text`,
    )
    // A 32-byte key is 44 base64 characters.
    expect(dataKey).toBe(`arn:aws:kms:us-east-1:111122223333:key/${keyId}\t44\n`)

    // Another Region of the account has no keys; a Region that does not exist cannot be reached.
    expect(await run(page, 'aws kms list-keys --region eu-west-1')).toBe('{\n    "Keys": []\n}\n')
    expect(await run(page, `aws kms describe-key --key-id ${keyId} --region eu-west-1`)).toBe(
      `\naws: [ERROR]: An error occurred (NotFoundException) when calling the DescribeKey operation: Key 'arn:aws:kms:eu-west-1:111122223333:key/${keyId}' does not exist\n`,
    )
    expect(await run(page, 'aws kms list-keys --region moon-1')).toBe(
      '\naws: [ERROR]: Could not connect to the endpoint URL: "https://kms.moon-1.amazonaws.com/"\n',
    )
    await exitCode(page, 255)
  })
})

test('the console links to the CLI panel, and a key made there shows in the console', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await page.getByRole('link', { name: 'AWS CLI panel' }).click()
  await expect(page.getByRole('heading', { name: 'AWS CLI', level: 1 })).toBeVisible()
  await run(
    page,
    'aws kms create-key --description "made in the CLI" --output text --query KeyMetadata.KeyId',
  )
  await page.getByRole('link', { name: 'Back to the sandbox console' }).click()
  await expect(page.getByRole('table').getByText('made in the CLI')).toBeVisible()
})

test('a file uploaded into the folder is encrypted to a file, decrypted back and downloaded', async ({
  page,
}) => {
  await page.goto('/sandbox/cli')
  const keyId = (
    await run(page, 'aws kms create-key --query KeyMetadata.KeyId --output text')
  ).trim()
  await run(page, `aws kms create-alias --alias-name alias/x --target-key-id ${keyId}`)

  const notes = 'Meet at noon.\nBring the key.\n'
  await page
    .getByLabel('File to add to the folder')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(notes) })
  await expect(page.getByRole('status')).toHaveText(
    `Added notes.txt (${Buffer.byteLength(notes)} bytes) to the folder.`,
  )
  expect(
    await run(
      page,
      'aws kms encrypt --key-id alias/x --plaintext fileb://notes.txt --output text --query CiphertextBlob | base64 --decode > notes.enc',
    ),
  ).toBe('')
  expect(
    await run(
      page,
      'aws kms decrypt --ciphertext-blob fileb://notes.enc --output text --query Plaintext | base64 --decode',
    ),
  ).toBe(notes)
  expect(await run(page, 'ls')).toBe('notes.enc\nnotes.txt\n')

  // Downloading gives the folder's bytes: the ciphertext as `base64 notes.enc` shows it.
  const encoded = (await run(page, 'base64 notes.enc')).replaceAll('\n', '')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download notes.enc' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('notes.enc')
  expect((await readFile(await file.path())).toString('base64')).toBe(encoded)

  // A file dropped onto the panel lands in the folder too.
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File(['dropped\n'], 'drop.txt', { type: 'text/plain' }))
    return transfer
  })
  await page.getByRole('log').dispatchEvent('drop', { dataTransfer: dropped })
  await expect(page.getByRole('status')).toHaveText('Added drop.txt (8 bytes) to the folder.')
  expect(await run(page, 'cat drop.txt')).toBe('dropped\n')
})

test('any output is copied with the Copy button beside its command', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/sandbox/cli')
  const printed = await run(page, 'aws kms create-key --query KeyMetadata.Arn --output text')
  await run(page, 'echo second')
  const copy = page.getByRole('button', {
    name: 'Copy the output of aws kms create-key --query KeyMetadata.Arn --output text',
  })
  await copy.click()
  await expect(copy).toHaveText('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(printed)
})
