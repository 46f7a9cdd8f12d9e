import { describe, expect, it } from 'vitest'
import { encryptLimitsScenario } from './encrypt-limits.ts'
import { WITHHELD_VALUE } from './run-step.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the encrypt-limits scenario', () => {
  it('encrypts 4,096 bytes, refuses 4,097, and points to a data key', async () => {
    const { steps } = await runToEnd(createScenarioAccount(), encryptLimitsScenario)
    expect(steps[0]?.facts[0]).toMatch(/^Encrypted 4,096 bytes/)
    expect(steps[1]?.facts).toEqual([
      "ValidationException: 1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    ])
    expect(steps[1]?.calls[0]?.expected).toBe(true)
    expect(steps[2]?.calls[0]?.response).toMatchObject({ Plaintext: WITHHELD_VALUE })
    expect(steps[2]?.facts[0]).toBe('Plaintext: a 32-byte data key (not shown here).')
    expect(steps[2]?.facts[2]).toMatch(
      /takes 262,144 KMS calls; with a data key, 1 GenerateDataKey/,
    )
  })

  it('shows the RSA_2048 limit of 190 bytes with AWS’s message', async () => {
    const { steps } = await runToEnd(createScenarioAccount(), encryptLimitsScenario)
    expect(steps[3]?.facts).toEqual([
      'Encrypted 190 bytes: CiphertextBlob 256 bytes.',
      'ValidationException: Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.',
    ])
  })

  it('reuses both its keys on the next visit', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, encryptLimitsScenario)
    const again = await runToEnd(account, encryptLimitsScenario)
    expect(again.setup.notes).toEqual(first.setup.notes)
    expect((await account.kms.call('ListKeys', {})).Keys).toHaveLength(2)
  })
})
