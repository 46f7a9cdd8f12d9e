import { expect, it } from 'vitest'
import {
  clearPendingCliCommand,
  handOffCliCommand,
  pendingCliCommand,
} from './sandbox-cli-handoff.ts'

it('keeps the handed-off command until the prompt has shown it, and only the last one', () => {
  expect(pendingCliCommand()).toBeUndefined()
  handOffCliCommand('aws kms list-keys')
  handOffCliCommand('aws kms disable-key --key-id k')
  // Read twice, as React's strict mode renders twice: still there.
  expect(pendingCliCommand()).toBe('aws kms disable-key --key-id k')
  expect(pendingCliCommand()).toBe('aws kms disable-key --key-id k')
  clearPendingCliCommand()
  expect(pendingCliCommand()).toBeUndefined()
})
