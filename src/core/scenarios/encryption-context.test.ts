import { describe, expect, it } from 'vitest'
import { encryptionContextScenario } from './encryption-context.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the encryption-context scenario', () => {
  it('decrypts only with the same pairs, in any order', async () => {
    const { steps } = await runToEnd(createScenarioAccount(), encryptionContextScenario)
    const [encrypt, same, without, reordered, changed] = steps
    expect(encrypt?.facts).toContain(
      'EncryptionContext: {"project":"keydeck","file":"reports/2026/q4.csv"}',
    )
    expect(same?.facts).toContain('Plaintext: “Q4 revenue: 1.2 million”')
    expect(reordered?.facts).toContain('Plaintext: “Q4 revenue: 1.2 million”')
    for (const failed of [without, changed]) {
      const call = failed?.calls.at(-1)
      expect(call).toMatchObject({ operation: 'Decrypt', expected: true })
      expect(call?.error).toEqual({ name: 'InvalidCiphertextException', message: '' })
    }
    expect(without?.calls.at(-1)?.request).not.toHaveProperty('EncryptionContext')
    expect(changed?.calls.at(-1)?.request).toMatchObject({
      EncryptionContext: { project: 'KeyDeck' },
    })
  })

  it('reuses its key on the next visit', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, encryptionContextScenario)
    const again = await runToEnd(account, encryptionContextScenario)
    expect(again.setup.notes.keyId).toBe(first.setup.notes.keyId)
  })
})
