/**
 * The key page's actions (issue 11, item 3), clicked as a learner clicks: sign and verify with an
 * ECC key and check the downloaded public key offline, GenerateMac/VerifyMac with an HMAC key,
 * and a data key made with a context, re-encrypted under another key and decrypted there. Keys
 * of other types than symmetric are made in the AWS CLI panel, as a learner following an AWS
 * example would.
 */
import { createPublicKey, verify } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectDrawnIn, expectNoAxeViolations } from './page-checks.ts'

/** Creates a key in the CLI panel with these options and an alias, and returns its id. */
async function createKeyInCli(page: Page, options: string, alias: string): Promise<string> {
  await page.goto('/sandbox/cli')
  const log = page.getByRole('log')
  const input = page.getByLabel('Command')
  await input.fill(`aws kms create-key ${options} --query KeyMetadata.KeyId --output text`)
  await input.press('Enter')
  const output = log.locator('pre').last()
  await expect(output).toHaveText(/^[0-9a-f-]{36}\n$/)
  const keyId = ((await output.textContent()) ?? '').trim()
  await input.fill(`aws kms create-alias --alias-name ${alias} --target-key-id ${keyId}`)
  await input.press('Enter')
  await expect(page.getByText('Exit code of the last command: 0')).toBeVisible()
  await expect(log).toContainText(`--alias-name ${alias}`)
  return keyId
}

/** Opens a key from the console's key list, by its alias. */
async function openKey(page: Page, alias: string) {
  await page.goto('/sandbox')
  await page
    .getByRole('region', { name: /Your keys/ })
    .getByRole('link', { name: alias, exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: alias })).toBeVisible()
}

const actions = (page: Page, name: string) =>
  page
    .getByRole('region', { name: 'Actions', exact: true })
    .getByRole('region', { name, exact: true })

const wire = (page: Page) => page.getByRole('region', { name: 'Last request and response' })

test('a learner signs and verifies with an ECC key, a tampered message fails, and the downloaded public key verifies offline', async ({
  page,
}) => {
  await createKeyInCli(
    page,
    '--key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY --description "Release signing"',
    'alias/signing',
  )
  await openKey(page, 'alias/signing')
  // A signing key offers signing and its public key, nothing that encrypts.
  const section = page.getByRole('region', { name: 'Actions', exact: true })
  await expect(section.getByRole('heading', { level: 3 })).toHaveText([
    'Sign and verify',
    'Public key',
  ])

  const sign = actions(page, 'Sign and verify')
  await expect(sign.getByLabel('Signing algorithm')).toHaveValue('ECDSA_SHA_256')
  await sign.getByLabel('Message').fill('pay 10 to Bob')
  await sign.getByRole('button', { name: 'Sign', exact: true }).click()
  await expect(sign.getByRole('status')).toHaveText('Signed: the signature is in the box below.')
  const signatureField = sign.getByLabel('Signature (base64)')
  await expect(signatureField).toHaveValue(/^[A-Za-z0-9+/]+=*$/)
  const signature = await signatureField.inputValue()
  await expect(wire(page).getByRole('figure', { name: 'Request: Sign' })).toContainText(
    '"MessageType": "RAW"',
  )

  await sign.getByRole('button', { name: 'Verify', exact: true }).click()
  await expect(sign.getByRole('status')).toHaveText(
    'Verify: the signature is valid for this message (SignatureValid: true).',
  )
  await expect(wire(page).getByRole('figure', { name: 'Response: HTTP 200' })).toContainText(
    '"SignatureValid": true',
  )

  await sign.getByLabel('Message').fill('pay 1000 to Bob')
  await sign.getByRole('button', { name: 'Verify', exact: true }).click()
  const alert = sign.getByRole('alert')
  await expect(alert).toContainText('KMSInvalidSignatureException')
  await expect(alert).toContainText('Why: The signature does not match this message')
  await expect(alert.getByRole('link', { name: 'The cards on asymmetric-keys' })).toBeVisible()
  await expect(sign.getByRole('status')).toHaveText('')
  await expect(wire(page).getByRole('figure', { name: 'Response: HTTP 400' })).toContainText(
    '"__type": "KMSInvalidSignatureException"',
  )

  const publicKey = actions(page, 'Public key')
  await publicKey.getByRole('button', { name: 'Get public key' }).click()
  await expect(publicKey.getByRole('figure', { name: 'Public key (PEM)' })).toContainText(
    '-----BEGIN PUBLIC KEY-----',
  )
  const download = page.waitForEvent('download')
  await publicKey.getByRole('button', { name: 'Download PEM' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^[0-9a-f-]{36}-public\.pem$/)
  const pem = await readFile(await file.path(), 'utf8')
  expect(pem).toMatch(
    /^-----BEGIN PUBLIC KEY-----\n([A-Za-z0-9+/]{64}\n)*[A-Za-z0-9+/=]{1,64}\n-----END PUBLIC KEY-----\n$/,
  )
  // The file is the key OpenSSL reads: a P-256 key that verifies KMS's DER signature offline.
  const key = createPublicKey(pem)
  expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1')
  const signed = Buffer.from('pay 10 to Bob')
  expect(verify('sha256', signed, key, Buffer.from(signature, 'base64'))).toBe(true)
  expect(
    verify('sha256', Buffer.from('pay 1000 to Bob'), key, Buffer.from(signature, 'base64')),
  ).toBe(false)

  await expectNoAxeViolations(page, { label: 'light' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectDrawnIn(page, 'dark')
  await expectNoAxeViolations(page, { label: 'dark' })
})

test('a learner generates a MAC with an HMAC key and verifies it; a changed message fails', async ({
  page,
}) => {
  await createKeyInCli(page, '--key-spec HMAC_256 --key-usage GENERATE_VERIFY_MAC', 'alias/tokens')
  await openKey(page, 'alias/tokens')
  const section = page.getByRole('region', { name: 'Actions', exact: true })
  await expect(section.getByRole('heading', { level: 3 })).toHaveText(['Generate and verify a MAC'])

  const mac = actions(page, 'Generate and verify a MAC')
  await expect(mac.getByLabel('MAC algorithm')).toHaveValue('HMAC_SHA_256')
  await mac.getByLabel('Message').fill('session=42')
  await mac.getByRole('button', { name: 'Generate MAC' }).click()
  await expect(mac.getByRole('status')).toHaveText('Generated: the MAC is in the box below.')
  // HMAC-SHA-256 gives 32 bytes: 44 base64 characters.
  await expect(mac.getByLabel('MAC (base64)')).toHaveValue(/^[A-Za-z0-9+/]{43}=$/)

  await mac.getByRole('button', { name: 'Verify MAC' }).click()
  await expect(mac.getByRole('status')).toHaveText(
    'VerifyMac: the MAC is valid for this message (MacValid: true).',
  )

  await mac.getByLabel('Message').fill('session=43')
  await mac.getByRole('button', { name: 'Verify MAC' }).click()
  await expect(mac.getByRole('alert')).toContainText('KMSInvalidMacException')
  await expect(mac.getByRole('alert')).toContainText('Fix: Verify with the same message')
})

test('a learner makes a data key with a context, re-encrypts it under another key, and decrypts it there', async ({
  page,
}) => {
  await createKeyInCli(page, '--description "Backups"', 'alias/backups')
  await createKeyInCli(page, '--description "Archive"', 'alias/archive')
  await openKey(page, 'alias/backups')

  const dataKeys = actions(page, 'Data keys')
  await expect(dataKeys.getByLabel('Data key spec')).toHaveValue('AES_256')
  await dataKeys.getByLabel(/Encryption context/).fill('purpose=backup')
  await dataKeys.getByRole('button', { name: 'GenerateDataKey', exact: true }).click()
  const plaintextBlock = dataKeys.getByRole('figure', { name: 'Plaintext data key (base64)' })
  await expect(plaintextBlock.locator('code')).toHaveText(/^[A-Za-z0-9+/]{43}=$/)
  const dataKey = (await plaintextBlock.locator('code').textContent()) ?? ''
  const blob =
    (await dataKeys
      .getByRole('figure', { name: 'Encrypted data key: CiphertextBlob (base64)' })
      .locator('code')
      .textContent()) ?? ''
  expect(blob).toMatch(/^[A-Za-z0-9+/]+=*$/)
  // The request carried the context; the kept response withholds the plaintext key.
  await expect(wire(page).getByRole('figure', { name: 'Request: GenerateDataKey' })).toContainText(
    '"purpose": "backup"',
  )
  const response = wire(page).getByRole('figure', { name: 'Response: HTTP 200' })
  await expect(response).toContainText('"Plaintext": "(withheld')
  await expect(response).not.toContainText(dataKey)

  await dataKeys.getByRole('button', { name: 'Forget the plaintext data key' }).click()
  await expect(plaintextBlock).toHaveCount(0)
  await expect(page.getByText(dataKey)).toHaveCount(0)

  // A data key pair without its plaintext private key: the public key and the encrypted copy.
  const pairs = actions(page, 'Data key pairs')
  await pairs.getByLabel('Key pair spec').selectOption('RSA_2048')
  await pairs.getByRole('button', { name: 'GenerateDataKeyPairWithoutPlaintext' }).click()
  await expect(pairs.getByRole('figure', { name: 'Public key (PEM)' })).toContainText(
    '-----BEGIN PUBLIC KEY-----',
  )
  await expect(
    pairs.getByRole('figure', { name: /^Encrypted private key: PrivateKeyCiphertextBlob/ }),
  ).toBeVisible()
  await expect(pairs.getByRole('figure', { name: 'Private key (PEM)' })).toHaveCount(0)
  await expectNoAxeViolations(page)

  const reEncrypt = actions(page, 'Re-encrypt')
  await reEncrypt.getByLabel('CiphertextBlob to re-encrypt (base64)').fill(blob)
  await reEncrypt.getByLabel(/Source encryption context/).fill('purpose=backup')
  const destination = reEncrypt.getByLabel('Destination key')
  const archive = await destination.locator('option', { hasText: 'alias/archive' }).textContent()
  await destination.selectOption({ label: archive ?? '' })
  await reEncrypt.getByLabel(/Destination encryption context/).fill('purpose=archive')
  await reEncrypt.getByRole('button', { name: 'Re-encrypt', exact: true }).click()
  const moved = reEncrypt.getByRole('figure', { name: 'New CiphertextBlob (base64)' })
  await expect(moved.locator('code')).toHaveText(/^[A-Za-z0-9+/]+=*$/)
  const movedBlob = (await moved.locator('code').textContent()) ?? ''
  await expect(wire(page).getByRole('figure', { name: 'Request: ReEncrypt' })).toContainText(
    '"DestinationEncryptionContext"',
  )

  // On the archive key's page, the new blob decrypts to the same data key, with its new context.
  await openKey(page, 'alias/archive')
  const cipher = actions(page, 'Encrypt and decrypt')
  await cipher.getByLabel('CiphertextBlob (base64)').fill(movedBlob)
  // The blob names the archive key's material it was re-encrypted under: its only version.
  await expect(cipher).toContainText(
    /Made with key material version 1 \(.+, original\); the key now has 1 version\./,
  )
  await cipher.getByLabel(/Encryption context/).fill('purpose=backup')
  await cipher.getByRole('button', { name: 'Decrypt' }).click()
  await expect(cipher.getByRole('alert')).toContainText('InvalidCiphertextException')
  await cipher.getByLabel(/Encryption context/).fill('purpose=archive')
  await cipher.getByRole('button', { name: 'Decrypt' }).click()
  await expect(cipher.getByText('Plaintext (base64):')).toContainText(dataKey)
  await expect(cipher.getByRole('alert')).toHaveCount(0)

  // Text encrypts and decrypts too, on the same key.
  await cipher.getByLabel('Plaintext', { exact: true }).fill('hello archive')
  await cipher.getByRole('button', { name: 'Encrypt' }).click()
  await expect(cipher.getByRole('status')).toHaveText(
    'Encrypted: the CiphertextBlob is in the box below.',
  )
  await cipher.getByRole('button', { name: 'Decrypt' }).click()
  await expect(cipher.getByText('Plaintext:', { exact: false })).toContainText('hello archive')
})
