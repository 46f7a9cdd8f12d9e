import { describe, expect, it } from 'vitest'
import { hmacKeysScenario } from './hmac-keys.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the hmac-keys scenario', () => {
  it('makes and verifies a MAC, rejects a changed message, and cannot encrypt or rotate', async () => {
    const { setup, steps } = await runToEnd(createScenarioAccount(), hmacKeysScenario)
    expect(setup.facts).toContain('KeySpec: HMAC_256, KeyUsage: GENERATE_VERIFY_MAC')
    expect(steps[0]?.facts).toEqual(['Mac: 32 bytes (HMAC_SHA_256).'])
    expect(steps[1]?.facts).toEqual(['MacValid: true'])
    const expectedErrors = steps
      .slice(2)
      .map((s) => s.calls.map((c) => c.expected && c.error?.name))
    expect(expectedErrors).toEqual([
      ['KMSInvalidMacException'],
      ['InvalidKeyUsageException'],
      ['UnsupportedOperationException'],
    ])
    expect(steps[3]?.facts[0]).toMatch(
      /key usage is GENERATE_VERIFY_MAC which is not valid for Encrypt\.$/,
    )
  })

  it('reuses its key on the next visit', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, hmacKeysScenario)
    const again = await runToEnd(account, hmacKeysScenario)
    expect(again.setup.notes.keyId).toBe(first.setup.notes.keyId)
    expect((await account.kms.call('ListKeys', {})).Keys).toHaveLength(1)
  })
})
