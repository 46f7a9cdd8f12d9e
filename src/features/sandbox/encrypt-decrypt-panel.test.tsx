/**
 * The Encrypt and Decrypt forms as a learner uses them, against a real KMS simulator (in memory,
 * on the WebCrypto of the test environment) connected through the sandbox store.
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { createKms } from '@/core/kms/index.ts'
import { connectSandboxStore, createKey, decryptBase64 } from '@/stores/sandbox-store.ts'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { EncryptDecryptPanel } from './encrypt-decrypt-panel.tsx'

const NOW = Date.UTC(2026, 10, 29, 9)

beforeEach(async () => {
  await connectSandboxStore(createKms({ now: () => NOW }))
  const key = await createKey({
    description: 'Orders table',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
  })
  if (!key.ok) throw new Error(key.error.message)
})

async function encrypt(user: ReturnType<typeof userEvent.setup>, text: string, context: string) {
  const form = screen.getByRole('form', { name: 'Encrypt' })
  await user.type(within(form).getByRole('textbox', { name: 'Plaintext' }), text)
  await user.type(within(form).getByRole('textbox', { name: /Encryption context/ }), context)
  await user.click(within(form).getByRole('button', { name: 'Encrypt' }))
  const blob = await within(form).findByRole('figure', { name: 'CiphertextBlob (base64)' })
  return blob.querySelector('code')?.textContent ?? ''
}

async function decrypt(user: ReturnType<typeof userEvent.setup>, context: string) {
  const form = screen.getByRole('form', { name: 'Decrypt' })
  const field = within(form).getByRole('textbox', { name: /Encryption context/ })
  await user.clear(field)
  if (context) await user.type(field, context)
  await user.click(within(form).getByRole('button', { name: 'Decrypt' }))
  return form
}

describe('the Encrypt and Decrypt forms', () => {
  it('runs on WebCrypto in this environment', () => {
    expect(typeof globalThis.crypto?.subtle?.encrypt).toBe('function')
  })

  it('encrypts text under a context, shows the blob, and decrypts it back', async () => {
    const user = userEvent.setup()
    render(<EncryptDecryptPanel />)
    expect(screen.getByRole('combobox', { name: 'KMS key' })).toHaveDisplayValue(
      /^Orders table \(.{8}…, Enabled\)$/,
    )
    const blob = await encrypt(user, 'hello from KeyDeck', 'table=orders')
    expect(blob).toMatch(/^[A-Za-z0-9+/]{40,}=*$/)
    expect(screen.getByText(/^Encrypted: the CiphertextBlob is \d+ base64 characters\.$/)).toBe(
      screen.getByText(`Encrypted: the CiphertextBlob is ${blob.length} base64 characters.`),
    )
    // What is shown is the real CiphertextBlob: the simulator decrypts it.
    expect(await decryptBase64(blob, { table: 'orders' })).toMatchObject({
      ok: true,
      value: { text: 'hello from KeyDeck' },
    })

    await user.click(screen.getByRole('button', { name: 'Decrypt this' }))
    const form = screen.getByRole('form', { name: 'Decrypt' })
    expect(within(form).getByRole('textbox', { name: /CiphertextBlob to decrypt/ })).toHaveValue(
      blob,
    )
    expect(within(form).getByRole('textbox', { name: /Encryption context/ })).toHaveValue(
      'table=orders',
    )
    await user.click(within(form).getByRole('button', { name: 'Decrypt' }))
    await waitFor(() =>
      expect(form.querySelector('output')).toHaveTextContent('hello from KeyDeck'),
    )
    expect(within(form).queryByRole('alert')).toBeNull()
    await expectNoAxeViolations()
  })

  it('shows the AWS error when the context differs, and a clear message when it is not key=value', async () => {
    const user = userEvent.setup()
    render(<EncryptDecryptPanel />)
    await encrypt(user, 'secret', 'table=orders')
    await user.click(screen.getByRole('button', { name: 'Decrypt this' }))

    const form = await decrypt(user, 'table=invoices')
    const error = await within(form).findByRole('alert')
    // The name alone (AWS sends no message), then why it happened and what fixes it.
    expect(error.querySelector('p')).toHaveTextContent(/^InvalidCiphertextException$/)
    expect(error).toHaveTextContent(/Fix: Pass exactly the encryption context used at Encrypt/)
    expect(within(error).getByText('InvalidCiphertextException')).toHaveClass('font-mono')
    expect(form.querySelector('output')).toBeNull()

    await decrypt(user, 'table')
    await waitFor(() =>
      expect(within(form).getByRole('alert')).toHaveTextContent('“table” is not a key=value pair'),
    )
    await expectNoAxeViolations()
  })
})
