// Asymmetric encryption keys: RSAES-OAEP Encrypt/Decrypt, plaintext limits, usage checks.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html
// https://docs.aws.amazon.com/kms/latest/developerguide/asymmetric-key-specs.html
import { constants, publicEncrypt, type KeyObject } from 'node:crypto'
import { InvalidKeyUsageException, UnsupportedOperationException } from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createKeyId,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  text,
  utf8,
  type Sim,
} from './harness.ts'
import { publicKeyOf } from './public-key.ts'

const message = utf8('sign me, KMS')

describe('RSA encryption keys (OAEP)', () => {
  let sim: Sim
  let keyId: string
  let publicKey: KeyObject

  beforeAll(async () => {
    sim = createSim()
    keyId = await createKeyId(sim.sdk, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })
    publicKey = await publicKeyOf(sim, keyId)
  })

  it('describes both OAEP algorithms', async () => {
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
    expect(meta?.EncryptionAlgorithms?.slice().sort()).toEqual([
      'RSAES_OAEP_SHA_1',
      'RSAES_OAEP_SHA_256',
    ])
  })

  it('round-trips with both algorithms, with KeyId and algorithm required on Decrypt', async () => {
    for (const algorithm of ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] as const) {
      const enc = await sim.sdk.encrypt({
        KeyId: keyId,
        Plaintext: utf8('rsa secret'),
        EncryptionAlgorithm: algorithm,
      })
      expect(enc).toMatchObject({ KeyId: keyArn(keyId), EncryptionAlgorithm: algorithm })
      expect(enc.CiphertextBlob).toHaveLength(256)
      const dec = await sim.sdk.decrypt({
        CiphertextBlob: enc.CiphertextBlob,
        KeyId: keyId,
        EncryptionAlgorithm: algorithm,
      })
      expect(text(dec.Plaintext)).toBe('rsa secret')
      expect(dec.EncryptionAlgorithm).toBe(algorithm)
    }
  })

  it('decrypts what node:crypto encrypted with the public key', async () => {
    const blob = publicEncrypt(
      { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      Buffer.from('from outside'),
    )
    const dec = await sim.sdk.decrypt({
      CiphertextBlob: blob,
      KeyId: keyId,
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    })
    expect(text(dec.Plaintext)).toBe('from outside')
  })

  it('requires an EncryptionAlgorithm for RSA keys', async () => {
    // Without one, Encrypt defaults to SYMMETRIC_DEFAULT, which an RSA key cannot use.
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      InvalidKeyUsageException,
      'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.',
    )
  })

  it('enforces the OAEP plaintext limits with the AWS messages', async () => {
    const limits = [
      ['RSAES_OAEP_SHA_1', 214],
      ['RSAES_OAEP_SHA_256', 190],
    ] as const
    for (const [algorithm, max] of limits) {
      await sim.sdk.encrypt({
        KeyId: keyId,
        Plaintext: new Uint8Array(max),
        EncryptionAlgorithm: algorithm,
      })
      await expectKmsError(
        sim.sdk.encrypt({
          KeyId: keyId,
          Plaintext: new Uint8Array(max + 1),
          EncryptionAlgorithm: algorithm,
        }),
        'ValidationException',
        `Algorithm ${algorithm} and key spec RSA_2048 cannot encrypt data larger than ${max} bytes.`,
      )
    }
  })

  it('refuses Sign and data keys on an RSA encryption key with InvalidKeyUsageException', async () => {
    await expectKmsError(
      sim.sdk.sign({ KeyId: keyId, Message: message, SigningAlgorithm: 'RSASSA_PSS_SHA_256' }),
      InvalidKeyUsageException,
      `${keyArn(keyId)} key usage is ENCRYPT_DECRYPT which is not valid for Sign.`,
    )
    await expectKmsError(
      sim.sdk.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256' }),
      InvalidKeyUsageException,
    )
  })

  // Reference 2.2 Encrypt: "Encryption context is supported only with symmetric keys". RSA-OAEP
  // cannot bind it, so silently accepting one would promise a binding that does not exist.
  it('refuses an encryption context with an RSA key instead of ignoring it', async () => {
    // AWS's exact error for this case is not recorded; this pins the simulator's answer.
    await expectKmsError(
      sim.sdk.encrypt({
        KeyId: keyId,
        Plaintext: utf8('x'),
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
        EncryptionContext: { a: 'b' },
      }),
      'ValidationException',
      `EncryptionContext is supported only with symmetric encryption KMS keys; ${keyArn(keyId)} has key spec RSA_2048.`,
    )
  })

  it('GetPublicKey accepts an alias and reports the key ARN', async () => {
    await sim.sdk.createAlias({ AliasName: 'alias/rsa-enc', TargetKeyId: keyId })
    const out = await sim.sdk.getPublicKey({ KeyId: 'alias/rsa-enc' })
    expect(out.KeyId).toBe(keyArn(keyId))
    expect(out.EncryptionAlgorithms?.slice().sort()).toEqual([
      'RSAES_OAEP_SHA_1',
      'RSAES_OAEP_SHA_256',
    ])
  })

  it('refuses an RSA algorithm on a symmetric key and vice versa', async () => {
    const sym = await createSymmetricKey(sim.sdk)
    await expectKmsError(
      sim.sdk.encrypt({
        KeyId: sym,
        Plaintext: utf8('x'),
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
      InvalidKeyUsageException,
    )
    await expectKmsError(
      sim.sdk.encrypt({
        KeyId: keyId,
        Plaintext: utf8('x'),
        EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      }),
      InvalidKeyUsageException,
    )
  })

  it('refuses GetPublicKey on a symmetric key', async () => {
    const id = await createSymmetricKey(sim.sdk)
    await expectKmsError(sim.sdk.getPublicKey({ KeyId: id }), UnsupportedOperationException)
  })
})
