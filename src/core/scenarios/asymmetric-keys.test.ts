import { describe, expect, it } from 'vitest'
import { asymmetricKeysScenario } from './asymmetric-keys.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the asymmetric-keys scenario', () => {
  it('signs, verifies, rejects a changed message, shares the public key and refuses to encrypt', async () => {
    const { setup, steps } = await runToEnd(createScenarioAccount(), asymmetricKeysScenario)
    expect(setup.facts).toContain('KeySpec: ECC_NIST_P256, KeyUsage: SIGN_VERIFY')
    expect(steps[1]?.facts).toEqual(['SignatureValid: true'])
    expect(steps[2]?.calls).toMatchObject([
      { operation: 'Verify', error: { name: 'KMSInvalidSignatureException' }, expected: true },
    ])
    expect(steps[3]?.facts[0]).toBe('PublicKey: 91 bytes (DER-encoded SubjectPublicKeyInfo).')
    expect(steps[4]?.calls).toMatchObject([
      { operation: 'Encrypt', error: { name: 'InvalidKeyUsageException' }, expected: true },
    ])
    expect(steps[4]?.facts[0]).toMatch(/key usage is SIGN_VERIFY which is not valid for Encrypt\.$/)
  })

  it('reuses its key on the next visit', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, asymmetricKeysScenario)
    const again = await runToEnd(account, asymmetricKeysScenario)
    expect(again.setup.notes.keyId).toBe(first.setup.notes.keyId)
    expect((await account.kms.call('ListKeys', {})).Keys).toHaveLength(1)
  })
})
