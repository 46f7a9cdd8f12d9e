// GenerateDataKey, GenerateDataKeyWithoutPlaintext and GenerateDataKeyPair.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPair.html
import { InvalidCiphertextException, InvalidKeyUsageException } from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createKeyId,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  type Sim,
} from './harness.ts'

describe('data keys', () => {
  let sim: Sim
  let keyId: string
  const context = { bucket: 'photos' }

  beforeAll(async () => {
    sim = createSim()
    keyId = await createSymmetricKey(sim.sdk)
    await sim.sdk.createAlias({ AliasName: 'alias/dk', TargetKeyId: keyId })
  })

  it('returns a plaintext key and its encrypted copy that Decrypt opens', async () => {
    const out = await sim.sdk.generateDataKey({
      KeyId: 'alias/dk',
      KeySpec: 'AES_256',
      EncryptionContext: context,
    })
    expect(out.KeyId).toBe(keyArn(keyId))
    expect(out.Plaintext).toHaveLength(32)
    expect(out.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/)
    const dec = await sim.sdk.decrypt({
      CiphertextBlob: out.CiphertextBlob,
      EncryptionContext: context,
    })
    expect(dec.Plaintext).toEqual(out.Plaintext)
    expect(dec.KeyId).toBe(keyArn(keyId))
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: out.CiphertextBlob }),
      InvalidCiphertextException,
    )
  })

  it('sizes the key from KeySpec or NumberOfBytes', async () => {
    const cases: [Parameters<Sim['sdk']['generateDataKey']>[0], number][] = [
      [{ KeyId: keyId, KeySpec: 'AES_128' }, 16],
      [{ KeyId: keyId, KeySpec: 'AES_256' }, 32],
      [{ KeyId: keyId, NumberOfBytes: 1 }, 1],
      [{ KeyId: keyId, NumberOfBytes: 64 }, 64],
      [{ KeyId: keyId, NumberOfBytes: 1024 }, 1024],
    ]
    for (const [input, size] of cases) {
      const out = await sim.sdk.generateDataKey(input)
      expect(out.Plaintext).toHaveLength(size)
      const dec = await sim.sdk.decrypt({ CiphertextBlob: out.CiphertextBlob })
      expect(dec.Plaintext).toEqual(out.Plaintext)
    }
  })

  it('gives a fresh key every call', async () => {
    const a = await sim.sdk.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256' })
    const b = await sim.sdk.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256' })
    expect(a.Plaintext).not.toEqual(b.Plaintext)
  })

  it('requires exactly one of KeySpec and NumberOfBytes', async () => {
    await expectKmsError(sim.sdk.generateDataKey({ KeyId: keyId }), 'ValidationException')
    await expectKmsError(
      sim.sdk.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256', NumberOfBytes: 32 }),
      'ValidationException',
    )
    await expectKmsError(
      sim.sdk.generateDataKeyWithoutPlaintext({ KeyId: keyId }),
      'ValidationException',
    )
    await expectKmsError(
      sim.sdk.generateDataKeyWithoutPlaintext({
        KeyId: keyId,
        KeySpec: 'AES_128',
        NumberOfBytes: 16,
      }),
      'ValidationException',
    )
  })

  it('refuses NumberOfBytes outside 1-1024', async () => {
    for (const n of [0, 1025]) {
      await expectKmsError(
        sim.sdk.generateDataKey({ KeyId: keyId, NumberOfBytes: n }),
        'ValidationException',
        new RegExp(`^1 validation error detected: Value '${n}' at 'numberOfBytes'`),
      )
    }
  })

  it('WithoutPlaintext returns only the encrypted copy', async () => {
    const out = await sim.sdk.generateDataKeyWithoutPlaintext({
      KeyId: 'alias/dk',
      KeySpec: 'AES_256',
      EncryptionContext: context,
    })
    expect(out.KeyId).toBe(keyArn(keyId))
    expect(out).not.toHaveProperty('Plaintext')
    const dec = await sim.sdk.decrypt({
      CiphertextBlob: out.CiphertextBlob,
      EncryptionContext: context,
    })
    expect(dec.Plaintext).toHaveLength(32)
  })

  it('refuses data keys under a non-symmetric key with InvalidKeyUsageException', async () => {
    const id = await createKeyId(sim.sdk, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })
    await expectKmsError(
      sim.sdk.generateDataKey({ KeyId: id, KeySpec: 'AES_256' }),
      InvalidKeyUsageException,
    )
  })

  it('GenerateDataKeyPair returns a DER SPKI public key and a PKCS#8 private key', async () => {
    const out = await sim.sdk.generateDataKeyPair({
      KeyId: keyId,
      KeyPairSpec: 'ECC_NIST_P256',
      EncryptionContext: context,
    })
    expect(out.KeyId).toBe(keyArn(keyId))
    expect(out.KeyPairSpec).toBe('ECC_NIST_P256')
    const ec = { name: 'ECDSA', namedCurve: 'P-256' }
    const pub = await crypto.subtle.importKey('spki', new Uint8Array(out.PublicKey!), ec, true, [
      'verify',
    ])
    const priv = await crypto.subtle.importKey(
      'pkcs8',
      new Uint8Array(out.PrivateKeyPlaintext!),
      ec,
      true,
      ['sign'],
    )
    const alg = { name: 'ECDSA', hash: 'SHA-256' }
    const msg = new Uint8Array([1, 2, 3])
    const sig = await crypto.subtle.sign(alg, priv, msg)
    expect(await crypto.subtle.verify(alg, pub, sig, msg)).toBe(true)
    const dec = await sim.sdk.decrypt({
      CiphertextBlob: out.PrivateKeyCiphertextBlob,
      EncryptionContext: context,
    })
    expect(dec.Plaintext).toEqual(out.PrivateKeyPlaintext)
    const bare = await sim.sdk.generateDataKeyPairWithoutPlaintext({
      KeyId: keyId,
      KeyPairSpec: 'ECC_NIST_P256',
    })
    expect(bare).not.toHaveProperty('PrivateKeyPlaintext')
    expect(bare.PrivateKeyCiphertextBlob?.length).toBeGreaterThan(0)
  })
})
