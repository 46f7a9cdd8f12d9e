/**
 * The envelope encryption walkthrough (issue 12, items 1 and 3): from start to end by keyboard,
 * each branch at its end, and afterwards no plaintext data key anywhere in the browser's storage.
 */
import type { Page } from '@playwright/test'
import { expect, shippedDeck, test } from './fixtures.ts'
import { expectDrawnIn, expectNoAxeViolations, expectNoSidewaysScroll } from './page-checks.ts'

const walkthrough = (page: Page) => page.getByRole('region', { name: 'Walkthrough' })
const stepHeading = (page: Page) => walkthrough(page).getByRole('heading', { level: 3 })
/** The value shown under a label of a list of bytes (`<dt>` then `<dd>`). */
const field = (page: Page, list: string, label: string) =>
  page.locator(`dl[aria-label="${list}"] dt`, { hasText: label }).locator('+ dd')

/** Presses Tab until the focused element is the button named `name` (keyboard only). */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    if (focused === name) return
  }
  throw new Error(`no button "${name}" reached with Tab`)
}

async function expectStep(page: Page, n: number, title: string) {
  await expect(stepHeading(page)).toHaveText(`Step ${n} of 8: ${title}`)
}

/** Runs the step's action by keyboard; the focus then goes on to Next, and → steps on. */
async function pressAction(page: Page, name: string) {
  await tabTo(page, name)
  await page.keyboard.press('Enter')
  await expect(walkthrough(page).getByRole('button', { name: 'Next' })).toBeFocused()
}

/** Walks the whole main path by keyboard; returns the data key's base64 as the screen showed it. */
async function walkThrough(page: Page): Promise<string> {
  await page.goto('/sandbox/envelope')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Envelope encryption/)
  await expectStep(page, 1, 'Your data')
  // A new account has no key: the page offers to create one.
  await tabTo(page, 'Create a key')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('combobox', { name: 'KMS key' })).toHaveText(/Envelope walkthrough/)
  await page.keyboard.press('ArrowRight')

  await expectStep(page, 2, 'GenerateDataKey')
  await pressAction(page, 'Call GenerateDataKey')
  const plaintext = (await field(page, 'GenerateDataKey response', 'Plaintext').textContent()) ?? ''
  expect(atob(plaintext)).toHaveLength(32)
  await expect(field(page, 'GenerateDataKey response', 'KeyId')).toHaveText(
    /^arn:aws:kms:[a-z0-9-]+:\d{12}:key\//,
  )
  await expect(field(page, 'GenerateDataKey response', 'CiphertextBlob')).toHaveText(
    /^[A-Za-z0-9+/]+=*$/,
  )
  await page.keyboard.press('ArrowRight')

  await expectStep(page, 3, 'Encrypt in the browser')
  await pressAction(page, 'Encrypt the data')
  await expect(field(page, 'AES-GCM in the browser', 'IV')).toHaveText(
    /^([0-9a-f]{2} ){11}[0-9a-f]{2}$/,
  )
  await expect(field(page, 'AES-GCM in the browser', 'Tag')).toHaveText(
    /^([0-9a-f]{2} ){15}[0-9a-f]{2}$/,
  )
  await page.keyboard.press('ArrowRight')

  await expectStep(page, 4, 'Discard the plaintext key')
  const shownKey = field(page, 'The plaintext data key', 'Plaintext')
  await expect(shownKey).toHaveText(plaintext)
  await pressAction(page, 'Discard the plaintext key')
  await expect(shownKey).toHaveText(Array(32).fill('00').join(' '))
  await expect(page.getByText('discarded: wiped to zeros')).toBeVisible()
  await page.keyboard.press('ArrowRight')

  await expectStep(page, 5, 'Store the envelope')
  await expect(field(page, 'The envelope', 'Key ARN')).toHaveText(/^arn:aws:kms:/)
  await expect(field(page, 'The envelope', 'Magic, version, algorithm')).toHaveText(
    'KDEN · 1 · 1 (AES-256-GCM)',
  )
  await expect(field(page, 'The envelope', 'Encrypted data key')).toHaveText(/\S/)
  await page.keyboard.press('ArrowRight')

  await expectStep(page, 6, 'Later: Decrypt the data key')
  await pressAction(page, 'Call Decrypt')
  await page.keyboard.press('ArrowRight')

  await expectStep(page, 7, 'Decrypt in the browser')
  await pressAction(page, 'Decrypt the data')
  await expect(field(page, 'Decrypted', 'Your data back')).toHaveText(
    'Meet me at the lighthouse at dawn.',
  )
  await page.keyboard.press('ArrowRight')
  await expectStep(page, 8, 'Take a branch')

  // Back by ← to GenerateDataKey: its Plaintext is gone there too.
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft')
  await expectStep(page, 2, 'GenerateDataKey')
  await expect(field(page, 'GenerateDataKey response', 'Plaintext')).toHaveText('discarded')
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight')
  await expectStep(page, 8, 'Take a branch')
  return plaintext
}

/**
 * Every value in every IndexedDB database and in localStorage: how often each needle's bytes
 * occur (raw in a binary value, or as text: the string itself, base64, hex), and whether each
 * CryptoKey stored is extractable.
 */
async function scanStorage(page: Page, needles: readonly string[]) {
  return page.evaluate(async (needlesB64) => {
    const needles = needlesB64.map((b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)))
    const hexOf = (b: Uint8Array, sep: string) =>
      Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(sep)
    const texts = needles.map((b, i) => [
      needlesB64[i]!,
      hexOf(b, ''),
      hexOf(b, ' '),
      hexOf(b, '').toUpperCase(),
      String.fromCharCode(...b),
      new TextDecoder().decode(b),
    ])
    const hits = needles.map(() => 0)
    const extractable: boolean[] = []
    let values = 0
    const hasBytes = (hay: Uint8Array, needle: Uint8Array) => {
      outer: for (let i = 0; i + needle.length <= hay.length; i++) {
        for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer
        return true
      }
      return false
    }
    const seen = new Set<unknown>()
    const visit = (value: unknown): void => {
      values++
      if (typeof value === 'string') {
        texts.forEach((forms, i) => {
          if (forms.some((form) => form.length > 0 && value.includes(form))) hits[i]!++
        })
        return
      }
      if (typeof value !== 'object' || value === null || seen.has(value)) return
      seen.add(value)
      if (value instanceof CryptoKey) {
        extractable.push(value.extractable)
        return
      }
      const bytes =
        value instanceof ArrayBuffer
          ? new Uint8Array(value)
          : ArrayBuffer.isView(value)
            ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
            : undefined
      if (bytes !== undefined) {
        needles.forEach((needle, i) => {
          if (hasBytes(bytes, needle)) hits[i]!++
        })
        return
      }
      if (value instanceof Blob) return
      const entries = value instanceof Map ? [...value.entries()] : Object.entries(value)
      for (const [k, v] of entries) {
        visit(k)
        visit(v)
      }
    }
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const databases = await indexedDB.databases()
    let stores = 0
    for (const { name } of databases) {
      if (name === undefined) continue
      const db = await request(indexedDB.open(name))
      for (const storeName of Array.from(db.objectStoreNames)) {
        stores++
        const store = db.transaction(storeName).objectStore(storeName)
        visit(await request(store.getAll()))
        visit(await request(store.getAllKeys()))
      }
      db.close()
    }
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!
      visit(key)
      visit(localStorage.getItem(key))
    }
    return { hits, extractable, stores, values, databases: databases.length }
  }, needles)
}

test('the walkthrough runs from start to end by keyboard, and no plaintext data key rests in storage', async ({
  page,
}) => {
  const plaintextKey = await walkThrough(page)
  await expectNoAxeViolations(page)

  // Every step links to a card of the deck.
  const ids = new Set(shippedDeck.cards.map((c) => String(c.id)))
  await expect(
    walkthrough(page).getByRole('link', { name: 'The card that teaches it' }),
  ).toHaveCount(2)
  for (const href of await page
    .getByRole('link', { name: 'The card that teaches it' })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    expect(ids).toContain(decodeURIComponent(href.replace(/^\/browse\//, '').replace(/\?.*$/, '')))
  }

  // The key ARN proves the scan reads the simulator's storage; the data key is nowhere in it.
  const arn = btoa('arn:aws:kms:')
  const scan = await scanStorage(page, [plaintextKey, arn])
  expect(scan.databases).toBeGreaterThan(0)
  expect(scan.stores).toBeGreaterThan(0)
  expect(scan.hits[1]).toBeGreaterThan(0)
  expect(scan.hits[0]).toBe(0)
  expect(scan.extractable.every((e) => !e)).toBe(true)
})

test('the branches: a wrong context, a rotation, a disabled key, a data key for later, and Encrypt’s limit', async ({
  page,
}) => {
  await walkThrough(page)
  const branch = page.getByRole('region', { name: /^(With|After|A data|Why)/ })
  const choose = (name: string) => page.getByRole('radio', { name }).check()
  const press = (name: string) => branch.getByRole('button', { name, exact: true }).click()

  await expect(branch).toHaveAccessibleName('With an encryption context')
  await press('Encrypt with {"department":"finance"}')
  await expect(branch).toContainText('{"department":"finance"}')
  await press('Decrypt with {"department":"marketing"}')
  await expect(branch.getByRole('alert')).toContainText('InvalidCiphertextException')
  await expectNoAxeViolations(page, { label: 'context' })
  await press('Decrypt with {"department":"finance"}')
  await expect(branch).toContainText('Meet me at the lighthouse at dawn.')

  await choose('After a rotation')
  await press('Rotate the key now (RotateKeyOnDemand)')
  await press('Open the old envelope')
  await expect(
    field(page, 'Result: Open the old envelope', 'Data from the envelope made before the rotation'),
  ).toHaveText('Meet me at the lighthouse at dawn.')

  await choose('With the key disabled')
  await press('Disable the key')
  await press('Open the envelope')
  await expect(branch.getByRole('alert')).toContainText('DisabledException')
  await press('Enable the key again')
  await press('Open the envelope again')
  await expect(field(page, 'Result: Open the envelope again', 'Data')).toHaveText(
    'Meet me at the lighthouse at dawn.',
  )

  await choose('A data key for later')
  await press('Call GenerateDataKeyWithoutPlaintext')
  await expect(field(page, 'Result: Call GenerateDataKeyWithoutPlaintext', 'Plaintext')).toHaveText(
    '(not in the response)',
  )
  await press('Later: Decrypt it and encrypt the data')
  await expect(
    field(
      page,
      'Result: Later: Decrypt it and encrypt the data',
      'Envelope made with the data key',
    ),
  ).toHaveText(/^\d+ bytes$/)

  await choose('Why not just Encrypt?')
  const counts = branch.getByRole('table', { name: 'KMS requests to encrypt a file' })
  await expect(counts.getByRole('row', { name: /^1 GB/ })).toContainText('262,144 Encrypt calls')
  await expect(counts.getByRole('row', { name: /^1 GB/ })).toContainText(
    '1 GenerateDataKey + 1 Decrypt',
  )
  await press('Encrypt 4,097 bytes with Encrypt')
  await expect(branch.getByRole('alert')).toContainText('ValidationException')
  await expectNoAxeViolations(page, { label: 'why not encrypt' })
})

test('a dropped file goes through the envelope and comes back byte for byte; a large one is sent to file encryption', async ({
  page,
}) => {
  await page.goto('/sandbox/envelope')
  await walkthrough(page).getByRole('button', { name: 'Create a key' }).click()
  await expect(page.getByRole('combobox', { name: 'KMS key' })).toBeVisible()
  const drop = async (name: string, size: number) => {
    const transfer = await page.evaluateHandle(
      ([name, size]) => {
        const data = new DataTransfer()
        const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 7) % 256)
        data.items.add(new File([bytes], name))
        return data
      },
      [name, size] as const,
    )
    const field = page.getByRole('textbox', { name: 'Data to encrypt' })
    await field.dispatchEvent('dragover', { dataTransfer: transfer })
    await field.dispatchEvent('drop', { dataTransfer: transfer })
  }
  await drop('big.bin', 2 * 1024 * 1024)
  await expect(walkthrough(page).getByRole('status').filter({ hasText: 'big.bin' })).toHaveText(
    'big.bin is larger than 1 MB: use file encryption for it.',
  )
  await drop('notes.bin', 5000)
  await expect(walkthrough(page).getByText('notes.bin: 5,000 bytes')).toBeVisible()
  const next = walkthrough(page).getByRole('button', { name: 'Next' })
  for (const action of [
    'Call GenerateDataKey',
    'Encrypt the data',
    'Discard the plaintext key',
    undefined,
    'Call Decrypt',
    'Decrypt the data',
  ]) {
    await next.click()
    if (action) await walkthrough(page).getByRole('button', { name: action, exact: true }).click()
  }
  await expect(field(page, 'AES-GCM in the browser', 'IV')).toHaveCount(0)
  await expect(field(page, 'Decrypted', 'Your data back')).toHaveText(
    'notes.bin: 5,000 bytes, the same bytes as the file',
  )
})

test('at 320 px in dark mode the long bytes wrap: nothing scrolls sideways, and axe finds nothing', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/sandbox/envelope')
  await walkthrough(page).getByRole('button', { name: 'Create a key' }).click()
  const next = walkthrough(page).getByRole('button', { name: 'Next' })
  for (const action of ['Call GenerateDataKey', 'Encrypt the data', 'Discard the plaintext key']) {
    await next.click()
    await walkthrough(page).getByRole('button', { name: action, exact: true }).click()
  }
  await next.click()
  await expectStep(page, 5, 'Store the envelope')
  await expectDrawnIn(page, 'dark')
  await expectNoSidewaysScroll(page)
  await expectNoAxeViolations(page)
})
