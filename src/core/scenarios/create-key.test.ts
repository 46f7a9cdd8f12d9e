import { describe, expect, it } from 'vitest'
import { CREATE_KEY_DESCRIPTION, createKeyScenario } from './create-key.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the create-key scenario', () => {
  it('creates a customer managed symmetric key and round-trips a text without naming the key', async () => {
    const account = createScenarioAccount()
    const { setup, steps } = await runToEnd(account, createKeyScenario)
    expect(setup.calls).toEqual([])
    expect(steps[0]?.facts).toContain('KeySpec: SYMMETRIC_DEFAULT, KeyUsage: ENCRYPT_DECRYPT')
    expect(steps[0]?.facts).toContain('Origin: AWS_KMS, KeyManager: CUSTOMER')
    expect(steps[1]?.facts).toContain('KeyState: Enabled (Enabled: true)')
    expect(steps[1]?.facts).toContain('CreationDate: 2026-12-06 00:00 UTC')
    expect(steps[3]?.facts).toContain('Plaintext: “my database password”')
    expect(steps[3]?.calls[0]?.request).not.toHaveProperty('KeyId')
    expect(steps[3]?.facts.join('\n')).toMatch(/the key made in the first step/)
    expect(steps[4]?.facts).toEqual([
      'PolicyName: default',
      `Statement “Enable IAM User Permissions”: Allow "kms:*" to {"AWS":"${account.kms.rootArn}"}`,
    ])
  })

  it('makes exactly one key per visit, described as this scenario’s', async () => {
    const account = createScenarioAccount()
    await runToEnd(account, createKeyScenario)
    await runToEnd(account, createKeyScenario)
    const { Keys } = await account.kms.call('ListKeys', {})
    expect(Keys).toHaveLength(2)
    for (const { KeyId } of Keys) {
      const { KeyMetadata } = await account.kms.call('DescribeKey', { KeyId })
      expect(KeyMetadata.Description).toBe(CREATE_KEY_DESCRIPTION)
    }
  })
})
