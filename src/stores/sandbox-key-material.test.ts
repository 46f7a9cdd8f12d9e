import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, type KeyMetadata } from '@/core/kms/index.ts'
import {
  deleteImportedKeyMaterial,
  hasKeptMaterial,
  importableKeySpec,
  importKeyMaterial,
} from './sandbox-key-material.ts'
import { connected, connectSandboxStore, useSandboxStore } from './sandbox-store.ts'

const T0 = Date.UTC(2026, 11, 7, 9)
const HOUR = 3_600_000
let clock = T0

beforeEach(async () => {
  clock = T0
  await connectSandboxStore(createKms({ now: () => clock }))
})

async function externalKey(
  KeySpec: 'SYMMETRIC_DEFAULT' | 'HMAC_384' | 'ECC_NIST_P521',
): Promise<KeyMetadata> {
  const KeyUsage =
    KeySpec === 'SYMMETRIC_DEFAULT'
      ? 'ENCRYPT_DECRYPT'
      : KeySpec === 'HMAC_384'
        ? 'GENERATE_VERIFY_MAC'
        : 'SIGN_VERIFY'
  const out = await connected().call('CreateKey', { Origin: 'EXTERNAL', KeySpec, KeyUsage })
  return out.KeyMetadata
}

/** The key's spec, as the panel reads it (importable keys only). */
function specOf(key: KeyMetadata) {
  const keySpec = importableKeySpec(key)
  if (keySpec === undefined) throw new Error(`not importable: ${key.KeySpec}`)
  return keySpec
}

const stateOf = (keyId: string) =>
  useSandboxStore.getState().keys.find((k) => k.KeyId === keyId)?.KeyState

describe('the key page’s imported key material', () => {
  it('imports material that expires, deletes it, and takes only the same material back', async () => {
    const key = await externalKey('SYMMETRIC_DEFAULT')
    expect(importableKeySpec(key)).toBe('SYMMETRIC_DEFAULT')
    expect(hasKeptMaterial(key.KeyId)).toBe(false)

    const first = await importKeyMaterial(key.KeyId, specOf(key), {
      material: 'new',
      validTo: T0 + HOUR,
    })
    if (!first.ok) throw new Error(first.error.message)
    expect(first.value.keyMaterialId).toMatch(/^[0-9a-f]{64}$/)
    expect(stateOf(key.KeyId)).toBe('Enabled')
    expect(hasKeptMaterial(key.KeyId)).toBe(true)
    const described = await connected().call('DescribeKey', { KeyId: key.KeyId })
    expect(described.KeyMetadata.ExpirationModel).toBe('KEY_MATERIAL_EXPIRES')
    expect(described.KeyMetadata.ValidTo?.getTime()).toBe(T0 + HOUR)

    expect(await deleteImportedKeyMaterial(key.KeyId)).toEqual({ ok: true, value: undefined })
    expect(stateOf(key.KeyId)).toBe('PendingImport')

    const other = await importKeyMaterial(key.KeyId, specOf(key), {
      material: 'new',
      validTo: undefined,
    })
    expect(other.ok ? 'imported' : other.error.name).toBe('IncorrectKeyMaterialException')
    expect(stateOf(key.KeyId)).toBe('PendingImport')

    const again = await importKeyMaterial(key.KeyId, specOf(key), {
      material: 'same',
      validTo: undefined,
    })
    if (!again.ok) throw new Error(again.error.message)
    expect(again.value.keyMaterialId).toBe(first.value.keyMaterialId)
    expect(stateOf(key.KeyId)).toBe('Enabled')
    const after = await connected().call('DescribeKey', { KeyId: key.KeyId })
    expect(after.KeyMetadata.ExpirationModel).toBe('KEY_MATERIAL_DOES_NOT_EXPIRE')
  })

  it('imports HMAC material and P-521 material (wrapped under RSA_3072, as AWS requires)', async () => {
    for (const spec of ['HMAC_384', 'ECC_NIST_P521'] as const) {
      const key = await externalKey(spec)
      const out = await importKeyMaterial(key.KeyId, specOf(key), {
        material: 'new',
        validTo: undefined,
      })
      expect(out.ok ? 'imported' : out.error.message).toBe('imported')
      expect(stateOf(key.KeyId)).toBe('Enabled')
    }
  })

  it('offers nothing for a key whose material KMS made', async () => {
    const out = await connected().call('CreateKey', {})
    expect(importableKeySpec(out.KeyMetadata)).toBeUndefined()
  })
})
