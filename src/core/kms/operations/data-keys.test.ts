import { describe, expect, it } from 'vitest'
import { createTestKms, utf8 } from '../testing/test-kms.ts'

describe('GenerateDataKey, GenerateDataKeyWithoutPlaintext, GenerateRandom', () => {
  it('returns a data key and its encrypted copy, bound to the context', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const dk = await kms.call('GenerateDataKey', {
      KeyId: key.KeyId,
      NumberOfBytes: 32,
      EncryptionContext: { file: 'a' },
    })
    expect(dk.Plaintext).toHaveLength(32)
    expect(dk.KeyId).toBe(key.Arn)
    expect(dk.KeyMaterialId).toBe(key.CurrentKeyMaterialId)
    const opened = await kms.call('Decrypt', {
      CiphertextBlob: dk.CiphertextBlob,
      EncryptionContext: { file: 'a' },
    })
    expect(opened.Plaintext).toEqual(dk.Plaintext)
    await expect(kms.call('Decrypt', { CiphertextBlob: dk.CiphertextBlob })).rejects.toMatchObject({
      name: 'InvalidCiphertextException',
    })
    const aes128 = await kms.call('GenerateDataKey', { KeyId: key.KeyId, KeySpec: 'AES_128' })
    expect(aes128.Plaintext).toHaveLength(16)
    const without = await kms.call('GenerateDataKeyWithoutPlaintext', {
      KeyId: key.KeyId,
      KeySpec: 'AES_256',
    })
    expect(Object.keys(without).sort()).toEqual(['CiphertextBlob', 'KeyId', 'KeyMaterialId'])
    expect(
      (await kms.call('Decrypt', { CiphertextBlob: without.CiphertextBlob })).Plaintext,
    ).toHaveLength(32)
  })

  it('requires exactly one of KeySpec and NumberOfBytes, and a symmetric key', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    for (const extra of [{}, { KeySpec: 'AES_256' as const, NumberOfBytes: 32 }]) {
      await expect(
        kms.call('GenerateDataKey', { KeyId: key.KeyId, ...extra }),
      ).rejects.toMatchObject({
        name: 'ValidationException',
      })
    }
    const { KeyMetadata: hmac } = await kms.call('CreateKey', {
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    })
    await expect(
      kms.call('GenerateDataKey', { KeyId: hmac.KeyId, NumberOfBytes: 8 }),
    ).rejects.toMatchObject({
      name: 'InvalidKeyUsageException',
      message: `${hmac.Arn} key usage is GENERATE_VERIFY_MAC which is not valid for GenerateDataKey.`,
    })
  })

  it('GenerateRandom: 1–1024 bytes, NumberOfBytes required', async () => {
    const { kms } = createTestKms()
    expect((await kms.call('GenerateRandom', { NumberOfBytes: 1024 })).Plaintext).toHaveLength(1024)
    await expect(kms.call('GenerateRandom', {})).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'NumberOfBytes is required.',
    })
    await expect(kms.call('GenerateRandom', { NumberOfBytes: 0 })).rejects.toMatchObject({
      message:
        "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1",
    })
  })

  it('a data key pair: DER keys, private key encrypted under the KMS key', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const pair = await kms.call('GenerateDataKeyPair', {
      KeyId: key.KeyId,
      KeyPairSpec: 'ECC_NIST_P256',
    })
    expect(pair.KeyPairSpec).toBe('ECC_NIST_P256')
    const publicKey = await crypto.subtle.importKey(
      'spki',
      Uint8Array.from(pair.PublicKey),
      { name: 'ECDSA', namedCurve: 'P-256' },
      true,
      ['verify'],
    )
    expect(publicKey.type).toBe('public')
    const opened = await kms.call('Decrypt', { CiphertextBlob: pair.PrivateKeyCiphertextBlob })
    expect(opened.Plaintext).toEqual(pair.PrivateKeyPlaintext)
    const without = await kms.call('GenerateDataKeyPairWithoutPlaintext', {
      KeyId: key.KeyId,
      KeyPairSpec: 'RSA_2048',
    })
    expect('PrivateKeyPlaintext' in without).toBe(false)
    await expect(
      kms.call('GenerateDataKeyPair', { KeyId: key.KeyId, KeyPairSpec: 'ECC_SECG_P256K1' }),
    ).rejects.toMatchObject({ name: 'UnsupportedOperationException' })
  })

  it('DryRun on data key operations', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    await expect(
      kms.call('GenerateDataKey', { KeyId: key.KeyId, NumberOfBytes: 8, DryRun: true }),
    ).rejects.toMatchObject({ name: 'DryRunOperationException' })
    await expect(
      kms.call('Decrypt', { CiphertextBlob: utf8('x'.repeat(120)), DryRun: true }),
    ).rejects.toMatchObject({
      name: 'InvalidCiphertextException',
    })
  })
})
