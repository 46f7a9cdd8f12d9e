import { describe, expect, it } from 'vitest'
import { keyStatesScenario } from './key-states.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the key-states scenario', () => {
  it('shows DisabledException, PendingDeletion, KMSInvalidStateException and a cancel that leaves the key Disabled', async () => {
    const account = createScenarioAccount()
    const { setup, steps } = await runToEnd(account, keyStatesScenario)
    const facts = steps.map((s) => s.facts)
    expect(setup.facts.join('\n')).toMatch(/Created a SYMMETRIC_DEFAULT key/)
    expect(facts[1]).toContain('DescribeKey: KeyState Disabled')
    expect(facts[1]?.join('\n')).toMatch(/Decrypt: DisabledException “arn:.* is disabled\.”/)
    expect(steps[1]?.calls.at(-1)).toMatchObject({ operation: 'Decrypt', expected: true })
    expect(facts[2]).toContain('Plaintext: “kept under the key”')
    expect(facts[3]).toContain('KeyState: PendingDeletion')
    // The fixed clock starts at 2026-12-06 00:00 UTC; the window is 7 days.
    expect(facts[3]).toContain('DeletionDate: 2026-12-13 00:00 UTC')
    expect(facts[4]?.join('\n')).toMatch(/KMSInvalidStateException “arn:.* is pending deletion\.”/)
    expect(facts[5]).toContain('DescribeKey: KeyState Disabled')
    expect(facts[6]).toContain('DescribeKey: KeyState Enabled')
  })

  it('ends with its key enabled, so the next visit reuses it', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, keyStatesScenario)
    const keyId = first.setup.notes.keyId ?? ''
    const { KeyMetadata } = await account.kms.call('DescribeKey', { KeyId: keyId })
    expect(KeyMetadata.KeyState).toBe('Enabled')
    expect(KeyMetadata.DeletionDate).toBeUndefined()
    const again = await runToEnd(account, keyStatesScenario)
    expect(again.setup.notes.keyId).toBe(keyId)
    expect(again.steps.map((s) => s.failure)).toEqual(keyStatesScenario.steps.map(() => undefined))
  })

  it('replaces a key the learner left pending deletion', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, keyStatesScenario)
    const old = first.setup.notes.keyId ?? ''
    await account.kms.call('ScheduleKeyDeletion', { KeyId: old, PendingWindowInDays: 7 })
    const again = await runToEnd(account, keyStatesScenario)
    expect(again.setup.failure).toBeUndefined()
    expect(again.setup.notes.keyId).not.toBe(old)
    expect(again.steps.map((s) => s.failure)).toEqual(keyStatesScenario.steps.map(() => undefined))
  })
})
