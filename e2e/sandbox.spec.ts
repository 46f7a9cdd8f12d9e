import { expect, test } from './fixtures.ts'
import { inKeyDeckDb } from './keydeck-db.ts'
import { createKey, decrypt, encrypt, readBlob } from './sandbox-helpers.ts'

test.describe('KMS sandbox', () => {
  test('a key and its ciphertext survive a reload: the old ciphertext still decrypts', async ({
    page,
  }) => {
    await page.goto('/sandbox')
    await expect(page.getByRole('heading', { name: 'KMS sandbox', level: 1 })).toBeVisible()
    await expect(page.getByText('No keys yet.')).toBeVisible()
    await createKey(page, 'Orders table')
    const blob = await encrypt(page, 'hello from KeyDeck', 'table=orders')
    expect(blob).toMatch(/^[A-Za-z0-9+/]+=*$/)

    await page.reload()
    const keys = page.getByRole('region', { name: /Your keys/ })
    await expect(keys.getByText('Orders table', { exact: true })).toBeVisible()
    await expect(keys.getByText('Enabled', { exact: true })).toBeVisible()
    const form = await decrypt(page, blob, 'table=orders')
    await expect(form.locator('output')).toHaveText('hello from KeyDeck')

    // The same blob under another context: the context is authenticated, as in KMS.
    await decrypt(page, blob, 'table=invoices')
    await expect(form.getByRole('alert')).toContainText('InvalidCiphertextException')
  })

  test('key material is stored as non-extractable CryptoKeys, and no plaintext is stored', async ({
    page,
  }) => {
    await page.goto('/sandbox')
    await createKey(page, 'Material check')
    const secret = 'never stored anywhere'
    await encrypt(page, secret, '')
    const stored = await inKeyDeckDb(
      page,
      async (db, idb, secret) => {
        const all = (store: string) => idb.result(db.transaction(store).objectStore(store).getAll())
        const keys = (await all('kmsKeys')) as {
          material: { versions: { cryptoKey: CryptoKey }[] }
        }[]
        const cryptoKeys = keys.flatMap((k) => k.material.versions.map((v) => v.cryptoKey))
        // Look for the plaintext as text, as base64 and as bytes, anywhere in any stored value.
        const secretBytes = new TextEncoder().encode(secret)
        const containsBytes = (bytes: Uint8Array) =>
          bytes.some((_, at) => secretBytes.every((b, i) => bytes[at + i] === b))
        const holdsSecret = (value: unknown): boolean => {
          if (typeof value === 'string')
            return value.includes(secret) || value.includes(btoa(secret))
          if (value instanceof ArrayBuffer) return containsBytes(new Uint8Array(value))
          if (ArrayBuffer.isView(value)) {
            return containsBytes(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
          }
          if (typeof value === 'object' && value !== null)
            return Object.values(value).some(holdsSecret)
          return false
        }
        const stores = ['kmsKeys', 'kmsAliases', 'kmsPrincipals', 'kmsAudit', 'meta']
        const everything = await Promise.all(stores.map(all))
        return {
          count: cryptoKeys.length,
          allCryptoKeys: cryptoKeys.every((k) => k instanceof CryptoKey),
          extractable: cryptoKeys.map((k) => k.extractable),
          plaintextStored: everything.some(holdsSecret),
          // The search itself finds the secret where it is (bytes inside a record, or base64).
          searchWorks:
            holdsSecret([{ v: { b: secretBytes.slice() } }]) &&
            holdsSecret({ t: `x${btoa(secret)}` }),
          auditEvents: everything[3]!.length,
        }
      },
      secret,
    )
    expect(stored).toMatchObject({
      count: 1,
      allCryptoKeys: true,
      extractable: [false],
      plaintextStored: false,
      searchWorks: true,
    })
    // The Encrypt call itself is in the audit trail (so the search above did look at it).
    expect(stored.auditEvents).toBeGreaterThanOrEqual(2)
  })

  test('a disabled key refuses Encrypt with DisabledException until it is enabled', async ({
    page,
  }) => {
    await page.goto('/sandbox/key-states')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Sandbox:')
    await createKey(page, 'Toggle me')
    await page.getByRole('button', { name: 'Disable key Toggle me' }).click()
    // The key-states scenario set up a key of its own beside this one: this key's row.
    const keys = page
      .getByRole('region', { name: /Your keys/ })
      .getByRole('row')
      .filter({ hasText: 'Toggle me' })
    await expect(keys.getByText('Disabled', { exact: true })).toBeVisible()
    const form = page.getByRole('form', { name: 'Encrypt' })
    await form.getByLabel('Plaintext').fill('x')
    await form.getByRole('button', { name: 'Encrypt' }).click()
    await expect(form.getByRole('alert')).toContainText('DisabledException')
    await page.getByRole('button', { name: 'Enable key Toggle me' }).click()
    await expect(keys.getByText('Enabled', { exact: true })).toBeVisible()
    await form.getByRole('button', { name: 'Encrypt' }).click()
    expect(await readBlob(page)).toMatch(/^[A-Za-z0-9+/]+=*$/)
    await expect(form.getByRole('alert')).toHaveCount(0)
  })

  test('bad input gets the AWS error or a clear message, never a crash', async ({ page }) => {
    await page.goto('/sandbox')
    const form = await decrypt(page, 'not base64!', '')
    await expect(form.getByRole('alert')).toContainText('SerializationException')
    await decrypt(page, 'AAAA', '')
    await expect(form.getByRole('alert')).toContainText('InvalidCiphertextException')
    await decrypt(page, 'AAAA', 'table')
    await expect(form.getByRole('alert')).toContainText('“table” is not a key=value pair')
  })

  test('is reachable from the navigation and from the keyboard alone', async ({ page }) => {
    await page.goto('/browse')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Sandbox' })
      .click()
    await expect(page.getByRole('heading', { name: 'KMS sandbox', level: 1 })).toBeVisible()
    // The wizard moves on with Enter from any of its steps.
    await page.getByRole('radio', { name: 'Symmetric', exact: true }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('radio', { name: 'SYMMETRIC_DEFAULT' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('textbox', { name: 'Description', exact: true }).focus()
    await page.keyboard.type('Typed key')
    for (const step of ['Tags', 'Key policy', 'Review']) {
      await page.keyboard.press('Enter')
      await expect(page.getByRole('heading', { name: new RegExp(`: ${step}$`) })).toBeFocused()
      await page
        .getByRole('button', { name: step === 'Review' ? 'Create key' : 'Next', exact: true })
        .focus()
    }
    await page.keyboard.press('Enter')
    await expect(
      page.getByRole('region', { name: /Your keys/ }).getByText('Typed key', { exact: true }),
    ).toBeVisible()
  })
})

test('one tab at a time runs the sandbox; the account moves to the tab that asks for it', async ({
  page,
}) => {
  await page.goto('/sandbox')
  await createKey(page, 'Shared key')
  const other = await page.context().newPage()
  await other.goto('/sandbox')
  await expect(other.getByText('The sandbox is open in another tab.')).toBeVisible()
  await expect(other.getByRole('heading', { name: 'Create a key' })).toHaveCount(0)

  await other.getByRole('button', { name: 'Use the sandbox here' }).click()
  await expect(
    other.getByRole('region', { name: /Your keys/ }).getByText('Shared key', { exact: true }),
  ).toBeVisible()
  // The first tab let go: no stale keys, no form that could write behind the other tab's back.
  await expect(page.getByText('The sandbox is open in another tab.')).toBeVisible()
  await expect(page.getByRole('region', { name: /Your keys/ })).toHaveCount(0)

  await page.getByRole('button', { name: 'Use the sandbox here' }).click()
  await createKey(page, 'Second key')
  await expect(other.getByText('The sandbox is open in another tab.')).toBeVisible()
  await other.close()
})
