import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { beforeEach, expect, it } from 'vitest'
import { clearPendingCliCommand, pendingCliCommand } from '@/stores/sandbox-cli-handoff.ts'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { CliEquivalent } from './cli-equivalent.tsx'

const COMMAND = `aws kms encrypt --key-id alias/orders --plaintext aGk= --encryption-context '{"table":"orders"}'`

beforeEach(() => clearPendingCliCommand())

function renderAt(location: ReturnType<typeof memoryLocation>) {
  return render(
    <Router hook={location.hook}>
      <CliEquivalent
        operation="Encrypt"
        request={{
          KeyId: 'alias/orders',
          Plaintext: 'aGk=',
          EncryptionContext: { table: 'orders' },
        }}
      />
    </Router>,
  )
}

it('shows the AWS CLI command, and its link takes it to the CLI panel typed in', async () => {
  const user = userEvent.setup()
  const location = memoryLocation({ path: '/sandbox', record: true })
  const { container } = renderAt(location)
  const block = screen.getByRole('figure', { name: 'AWS CLI command' })
  expect(block.querySelector('code')?.textContent).toBe(COMMAND)
  expect(screen.getByRole('button', { name: 'Copy AWS CLI command' })).toBeTruthy()

  await user.click(screen.getByRole('link', { name: 'Run in the CLI panel' }))
  expect(location.history).toEqual(['/sandbox', '/sandbox/cli'])
  expect(pendingCliCommand()).toBe(COMMAND)
  await expectNoAxeViolations(container)
})

it('hands nothing over when the link opens in another tab', () => {
  renderAt(memoryLocation({ path: '/sandbox', record: true }))
  const link = screen.getByRole('link', { name: 'Run in the CLI panel' })
  fireEvent.click(link, { ctrlKey: true })
  fireEvent.click(link, { metaKey: true })
  fireEvent.click(link, { shiftKey: true })
  expect(pendingCliCommand()).toBeUndefined()
})

it('shows nothing for an operation the CLI does not have', () => {
  const { container } = render(<CliEquivalent operation="MakeCoffee" request={{}} />)
  expect(container.textContent).toBe('')
})
