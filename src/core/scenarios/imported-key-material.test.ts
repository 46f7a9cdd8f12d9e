import { describe, expect, it } from 'vitest'
import { importedKeyMaterialScenario } from './imported-key-material.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the imported key material scenario', () => {
  it('imports, expires, refuses other material, re-imports and rotates on demand', async () => {
    const account = createScenarioAccount()
    const { setup, steps } = await runToEnd(account, importedKeyMaterialScenario)
    expect(setup.failure).toBeUndefined()
    expect(steps.map((s) => s.failure)).toEqual(steps.map(() => undefined))
    expect(setup.facts.join('\n')).toMatch(/Created a key with Origin EXTERNAL/)
    expect(steps[0]?.facts).toContain('Origin: EXTERNAL; KeyState: PendingImport.')
    expect(steps[2]?.facts.join('\n')).toMatch(/KeyState: Enabled/)
    expect(steps[2]?.facts.join('\n')).toMatch(/own HSM/)
    expect(steps[3]?.facts).toContain('KeyState: PendingImport.')
    expect(steps[4]?.facts).toContain('ImportKeyMaterial: IncorrectKeyMaterialException.')
    expect(steps[5]?.facts.join('\n')).toMatch(/Same KeyMaterialId as before/)
    expect(steps[5]?.facts).toContain('Plaintext: “sealed with my own key”')
    expect(steps[6]?.facts.join('\n')).toMatch(/origin is EXTERNAL which is not valid/)
    expect(steps[6]?.facts).toContain('The old ciphertext still decrypts: “sealed with my own key”')
    const keyId = setup.notes.keyId ?? ''
    const { Rotations } = await account.kms.call('ListKeyRotations', {
      KeyId: keyId,
      IncludeKeyMaterial: 'ALL_KEY_MATERIAL',
    })
    expect(Rotations.map((r) => [r.KeyMaterialState, r.ImportState, r.RotationType])).toEqual([
      ['NON_CURRENT', 'IMPORTED', undefined],
      ['CURRENT', 'IMPORTED', 'ON_DEMAND'],
    ])
    const trail = await account.kms.auditTrail({ keyArn: setup.notes.keyArn ?? '' })
    expect(trail.some((e) => e.eventName === 'DeleteExpiredKeyMaterial')).toBe(true)
  })

  it('makes a new key on the next visit once the old one has material', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, importedKeyMaterialScenario)
    const again = await runToEnd(account, importedKeyMaterialScenario)
    expect(again.setup.notes.keyId).not.toBe(first.setup.notes.keyId)
    expect(again.setup.facts.join('\n')).toMatch(/already has material/)
    expect(again.steps.map((s) => s.failure)).toEqual(again.steps.map(() => undefined))
    const { KeyMetadata } = await account.kms.call('DescribeKey', {
      KeyId: 'alias/keydeck/imported-key-material',
    })
    expect(KeyMetadata.KeyId).toBe(again.setup.notes.keyId)
  })
})
