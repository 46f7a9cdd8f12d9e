import { describe, expect, it } from 'vitest'
import { awsManagedKeysScenario } from './aws-managed-keys.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the aws-managed-keys scenario', () => {
  it('finds the alias without a key, creates the key, and is refused changes and direct use', async () => {
    const account = createScenarioAccount()
    const { steps } = await runToEnd(account, awsManagedKeysScenario)
    const [list, describe, rotation, manage, policy, encrypt] = steps
    expect(list?.facts.join('\n')).toMatch(/^alias\/aws\/s3: no TargetKeyId/)
    expect(describe?.facts).toContain('KeyManager: AWS')
    expect(rotation?.facts).toEqual([
      'KeyRotationEnabled: true',
      'RotationPeriodInDays: 365',
      'NextRotationDate: 2027-12-06 00:00 UTC',
    ])
    expect(manage?.calls.map((c) => [c.operation, c.error?.name, c.expected])).toEqual([
      ['EnableKeyRotation', 'UnsupportedOperationException', true],
      ['DisableKey', 'AccessDeniedException', true],
    ])
    expect(policy?.facts).toContain('  kms:ViaService = s3.us-east-1.amazonaws.com')
    expect(encrypt?.calls.at(-1)).toMatchObject({
      operation: 'Encrypt',
      expected: true,
      error: { name: 'AccessDeniedException' },
    })
    const keyId = describe?.notes.keyId ?? ''
    const { KeyMetadata } = await account.kms.call('DescribeKey', { KeyId: keyId })
    expect(KeyMetadata.KeyState).toBe('Enabled')
    const status = await account.kms.call('GetKeyRotationStatus', { KeyId: keyId })
    expect(status.RotationPeriodInDays).toBe(365)
  })

  it('finds the key already made on the next visit', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, awsManagedKeysScenario)
    const again = await runToEnd(account, awsManagedKeysScenario)
    const keyId = first.steps[1]?.notes.keyId ?? ''
    expect(again.steps[0]?.facts.join('\n')).toContain(`TargetKeyId ${keyId}`)
    expect(again.steps[1]?.notes.keyId).toBe(keyId)
  })
})
