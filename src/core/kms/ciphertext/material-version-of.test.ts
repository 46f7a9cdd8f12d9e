import { describe, expect, it } from 'vitest'
import { createKms } from '../index.ts'
import { materialVersionOf } from './material-version-of.ts'

const plaintext = new TextEncoder().encode('hello')

describe('materialVersionOf', () => {
  it('names the key and the material generation a blob was made with, before and after a rotation', async () => {
    let now = Date.UTC(2026, 0, 1)
    const kms = createKms({ now: () => now })
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const before = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: plaintext })
    now += 86_400_000
    await kms.call('RotateKeyOnDemand', { KeyId: key.KeyId })
    const after = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: plaintext })
    const { Rotations } = await kms.call('ListKeyRotations', {
      KeyId: key.KeyId,
      IncludeKeyMaterial: 'ALL_KEY_MATERIAL',
    })
    const [original, rotated] = Rotations.map((r) => r.KeyMaterialId)
    expect(original).toBeDefined()
    expect(rotated).not.toBe(original)
    expect(materialVersionOf(before.CiphertextBlob)).toEqual({
      keyId: key.KeyId,
      keyMaterialId: original,
    })
    expect(materialVersionOf(after.CiphertextBlob)).toEqual({
      keyId: key.KeyId,
      keyMaterialId: rotated,
    })
  })

  it('names nothing for text that is not a symmetric blob of the simulator', () => {
    expect(materialVersionOf(new Uint8Array(0))).toBeUndefined()
    expect(materialVersionOf(new Uint8Array(256).fill(1))).toBeUndefined()
  })
})
