/**
 * The Data keys panel as a learner uses it, on a real KMS simulator (in memory) connected through
 * the sandbox store: the plaintext data key is on screen once, and gone after Forget.
 */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, type KeyMetadata } from '@/core/kms/index.ts'
import { connectSandboxStore, createKey, useSandboxStore } from '@/stores/sandbox-store.ts'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { KeyActionsDataKey } from './key-actions-data-key.tsx'

const NOW = Date.UTC(2026, 10, 29, 9)
let key: KeyMetadata

beforeEach(async () => {
  await connectSandboxStore(createKms({ now: () => NOW }))
  const created = await createKey({
    description: 'Backups',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
  })
  if (!created.ok) throw new Error(created.error.message)
  key = created.value
})

describe('the Data keys panel', () => {
  it('shows the plaintext data key once, withholds it from the last exchange, and forgets it', async () => {
    const user = userEvent.setup()
    const { container } = render(<KeyActionsDataKey metadata={key} />)
    await user.type(screen.getByRole('textbox', { name: /Encryption context/ }), 'purpose=backup')
    await user.click(screen.getByRole('button', { name: 'GenerateDataKey' }))
    const block = await screen.findByRole('figure', { name: 'Plaintext data key (base64)' })
    const dataKey = block.querySelector('code')?.textContent ?? ''
    expect(dataKey).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    expect(JSON.stringify(useSandboxStore.getState().lastExchange)).not.toContain(dataKey)
    await expectNoAxeViolations(container)

    await user.click(screen.getByRole('button', { name: 'Forget the plaintext data key' }))
    expect(screen.queryByRole('figure', { name: 'Plaintext data key (base64)' })).toBeNull()
    expect(container.textContent).not.toContain(dataKey)
    expect(
      screen.getByRole('figure', { name: 'Encrypted data key: CiphertextBlob (base64)' }),
    ).toBeTruthy()
  })

  it('refuses a context that is not key=value pairs before any request', async () => {
    const user = userEvent.setup()
    render(<KeyActionsDataKey metadata={key} />)
    await user.type(screen.getByRole('textbox', { name: /Encryption context/ }), 'purpose')
    await user.click(screen.getByRole('button', { name: 'GenerateDataKeyWithoutPlaintext' }))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Invalid encryption context')).toBeTruthy()
    expect(useSandboxStore.getState().lastExchange?.operation).toBe('CreateKey')
  })
})
