/**
 * Key agreement (issue 16, item 4), clicked as a learner clicks: a KEY_AGREEMENT key made with the
 * create-key wizard, a shared secret derived with a demo peer made in the page (the peer derives
 * the same one), with a public key pasted from elsewhere (checked offline with node:crypto's ECDH
 * and the downloaded public key), and a key of another curve refused as AWS refuses it.
 */
import { createPublicKey, diffieHellman, generateKeyPairSync } from 'node:crypto'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { expectDrawnIn, expectNoAxeViolations, expectNoSidewaysScroll } from './page-checks.ts'
import { expectWizardStep, keyWizard, wizardNext } from './sandbox-helpers.ts'

const actions = (page: Page, name: string) =>
  page
    .getByRole('region', { name: 'Actions', exact: true })
    .getByRole('region', { name, exact: true })

const wire = (page: Page) => page.getByRole('region', { name: 'Last request and response' })

async function createAgreementKey(page: Page) {
  await page.goto('/sandbox')
  const wizard = keyWizard(page)
  await wizard.getByRole('radio', { name: 'Asymmetric' }).check()
  await wizard.getByRole('radio', { name: 'Key agreement' }).check()
  await expect(wizard.getByText(/derives a secret shared with another party/)).toBeVisible()
  await expect(wizard.getByRole('link', { name: 'Card: asym-key-agreement-specs' })).toBeVisible()
  await wizardNext(page, 2, 'Key spec')
  // ECDH on the NIST curves only: no RSA spec is offered for key agreement.
  await expect(wizard.getByRole('radio', { name: 'RSA_2048' })).toHaveCount(0)
  await wizard.getByRole('radio', { name: 'ECC_NIST_P384' }).check()
  await expect(
    wizard.getByText(
      'An elliptic-curve key pair on NIST P-384; it derives shared secrets with ECDH.',
    ),
  ).toBeVisible()
  await wizardNext(page, 3, 'Description and alias')
  await wizard.getByRole('textbox', { name: 'Description', exact: true }).fill('Partner channel')
  await wizard.getByRole('textbox', { name: /^Alias/ }).fill('alias/partner')
  await wizardNext(page, 4, 'Tags')
  await wizardNext(page, 5, 'Key policy')
  await wizardNext(page, 6, 'Review')
  const request = wizard.getByRole('figure', { name: 'CreateKey request' })
  await expect(request).toContainText('"KeySpec": "ECC_NIST_P384"')
  await expect(request).toContainText('"KeyUsage": "KEY_AGREEMENT"')
  await wizard.getByRole('button', { name: 'Create key' }).click()
  await expect(wizard.getByText(/^Created key /)).toBeVisible()
  await expectWizardStep(page, 1, 'Key type')
  await page
    .getByRole('region', { name: /Your keys/ })
    .getByRole('link', { name: 'alias/partner', exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'alias/partner' })).toBeVisible()
}

test('a learner derives a shared secret with a demo peer, with a pasted key, and a key of another curve is refused', async ({
  page,
}) => {
  test.slow()
  await createAgreementKey(page)
  const section = page.getByRole('region', { name: 'Actions', exact: true })
  await expect(section.getByRole('heading', { level: 3 })).toHaveText([
    'Derive a shared secret',
    'Public key',
  ])
  const agree = actions(page, 'Derive a shared secret')
  const peerKey = agree.getByLabel('The other party’s public key')
  // The panel's own status comes first; each code block has one of its own (for Copy).
  const said = agree.getByRole('status').first()

  // A demo peer made in the page: its public key fills the box; its private key is never shown.
  await agree.getByRole('button', { name: 'Generate a demo peer key pair' }).click()
  await expect(said).toContainText('A demo peer key pair on P-384')
  await expect(peerKey).toHaveValue(/^-----BEGIN PUBLIC KEY-----\n/)
  await expect(agree).not.toContainText('PRIVATE KEY')
  await agree.getByRole('button', { name: 'Derive shared secret' }).click()
  await expect(said).toHaveText(
    'Derived: the peer, from its private key and this key’s public key, derives the same secret.',
  )
  const fromKms = agree.getByRole('figure', { name: 'Secret from KMS (base64)' })
  const fromPeer = agree.getByRole('figure', { name: 'Peer’s secret (base64)' })
  await expect(fromKms.locator('code')).toHaveText(/^[A-Za-z0-9+/]{64}$/)
  expect(await fromPeer.locator('code').textContent()).toBe(
    await fromKms.locator('code').textContent(),
  )
  await expect(
    wire(page).getByRole('figure', { name: 'Request: DeriveSharedSecret' }),
  ).toContainText('"KeyAgreementAlgorithm": "ECDH"')
  // The secret is shown once, here, and withheld from the kept exchange.
  const response = wire(page).getByRole('figure', { name: 'Response: HTTP 200' })
  await expect(response).toContainText('"SharedSecret": "(withheld')
  await expect(response).toContainText('"KeyOrigin": "AWS_KMS"')

  // A public key from elsewhere (node:crypto here), pasted as PEM: the other side computes the
  // same secret offline from its private key and the key's downloaded public key.
  const other = generateKeyPairSync('ec', { namedCurve: 'P-384' })
  await peerKey.fill(other.publicKey.export({ format: 'pem', type: 'spki' }).toString())
  await agree.getByRole('button', { name: 'Derive shared secret' }).click()
  await expect(said).toHaveText('Derived: the shared secret is below.')
  await expect(fromPeer).toHaveCount(0)
  const publicKey = actions(page, 'Public key')
  await expect(publicKey).toContainText('derive the secret it shares with this key')
  await publicKey.getByRole('button', { name: 'Get public key' }).click()
  const pemBlock = publicKey.getByRole('figure', { name: 'Public key (PEM)' }).locator('code')
  await expect(pemBlock).toContainText('-----BEGIN PUBLIC KEY-----')
  const offline = diffieHellman({
    privateKey: other.privateKey,
    publicKey: createPublicKey((await pemBlock.textContent()) ?? ''),
  })
  await expect(fromKms.locator('code')).toHaveText(offline.toString('base64'))

  // A P-256 key cannot agree with a P-384 key: ValidationException, and no secret is shown.
  const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey
  await peerKey.fill(p256.export({ format: 'pem', type: 'spki' }).toString())
  await agree.getByRole('button', { name: 'Derive shared secret' }).click()
  await expect(agree.getByRole('alert')).toContainText('ValidationException')
  await expect(said).toHaveText('')
  await expect(fromKms).toHaveCount(0)
  await expect(wire(page).getByRole('figure', { name: 'Response: HTTP 400' })).toContainText(
    '"__type": "ValidationException"',
  )

  await expectNoSidewaysScroll(page)
  await agree.screenshot({ path: test.info().outputPath('agreement.png') })
  await expectNoAxeViolations(page, { label: 'light' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectDrawnIn(page, 'dark')
  await expectNoAxeViolations(page, { label: 'dark' })
})
