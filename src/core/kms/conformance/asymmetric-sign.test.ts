// Asymmetric signing keys: Sign/Verify with RSA PSS, RSA PKCS#1 v1.5 and ECDSA, GetPublicKey.
// Signatures are checked independently with node:crypto and the public key from GetPublicKey.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html
// https://docs.aws.amazon.com/kms/latest/developerguide/asymmetric-key-specs.html
import { constants, verify, type KeyObject } from 'node:crypto'
import {
  DisabledException,
  InvalidKeyUsageException,
  KMSInvalidSignatureException,
  UnsupportedOperationException,
  type SigningAlgorithmSpec,
} from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  EMPTY_MESSAGE,
  createKeyId,
  createSim,
  expectKmsError,
  keyArn,
  utf8,
  type Sim,
} from './harness.ts'
import { parseDerEcdsa, publicKeyOf } from './public-key.ts'

const message = utf8('sign me, KMS')

describe('RSA signing keys', () => {
  let sim: Sim
  let keyId: string
  let publicKey: KeyObject

  beforeAll(async () => {
    sim = createSim()
    keyId = await createKeyId(sim.sdk, { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' })
    publicKey = await publicKeyOf(sim, keyId)
  })

  it('describes the six RSA signing algorithms', async () => {
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
    expect(meta).toMatchObject({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' })
    expect(meta?.SigningAlgorithms?.slice().sort()).toEqual(
      [
        'RSASSA_PKCS1_V1_5_SHA_256',
        'RSASSA_PKCS1_V1_5_SHA_384',
        'RSASSA_PKCS1_V1_5_SHA_512',
        'RSASSA_PSS_SHA_256',
        'RSASSA_PSS_SHA_384',
        'RSASSA_PSS_SHA_512',
      ].sort(),
    )
    expect(meta?.EncryptionAlgorithms).toBeUndefined()
  })

  it('GetPublicKey returns a DER SPKI public key and the key facts', async () => {
    const out = await sim.sdk.getPublicKey({ KeyId: keyId })
    expect(out).toMatchObject({
      KeyId: keyArn(keyId),
      KeySpec: 'RSA_2048',
      CustomerMasterKeySpec: 'RSA_2048',
      KeyUsage: 'SIGN_VERIFY',
    })
    expect(publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048)
  })

  const cases: [SigningAlgorithmSpec, string, 'pss' | 'pkcs1', number][] = [
    ['RSASSA_PSS_SHA_256', 'sha256', 'pss', 32],
    ['RSASSA_PSS_SHA_384', 'sha384', 'pss', 48],
    ['RSASSA_PSS_SHA_512', 'sha512', 'pss', 64],
    ['RSASSA_PKCS1_V1_5_SHA_256', 'sha256', 'pkcs1', 0],
    ['RSASSA_PKCS1_V1_5_SHA_512', 'sha512', 'pkcs1', 0],
  ]
  for (const [algorithm, hash, padding, saltLength] of cases) {
    it(`${algorithm}: KMS signs, node:crypto verifies, KMS verifies`, async () => {
      const out = await sim.sdk.sign({
        KeyId: keyId,
        Message: message,
        SigningAlgorithm: algorithm,
      })
      expect(out).toMatchObject({ KeyId: keyArn(keyId), SigningAlgorithm: algorithm })
      const signature = out.Signature!
      expect(signature).toHaveLength(256)
      // PSS salt length must equal the hash length, as AWS documents.
      const key =
        padding === 'pss'
          ? { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }
          : { key: publicKey, padding: constants.RSA_PKCS1_PADDING }
      expect(verify(hash, message, key, signature)).toBe(true)
      const ok = await sim.sdk.verify({
        KeyId: keyId,
        Message: message,
        Signature: signature,
        SigningAlgorithm: algorithm,
      })
      expect(ok).toMatchObject({
        KeyId: keyArn(keyId),
        SignatureValid: true,
        SigningAlgorithm: algorithm,
      })
    })
  }

  it('reports a bad signature as KMSInvalidSignatureException, not SignatureValid=false', async () => {
    const out = await sim.sdk.sign({
      KeyId: keyId,
      Message: message,
      SigningAlgorithm: 'RSASSA_PSS_SHA_256',
    })
    await expectKmsError(
      sim.sdk.verify({
        KeyId: keyId,
        Message: utf8('another message'),
        Signature: out.Signature,
        SigningAlgorithm: 'RSASSA_PSS_SHA_256',
      }),
      KMSInvalidSignatureException,
      EMPTY_MESSAGE,
    )
    await expectKmsError(
      sim.sdk.verify({
        KeyId: keyId,
        Message: message,
        Signature: out.Signature,
        SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256',
      }),
      KMSInvalidSignatureException,
    )
  })

  it('refuses algorithms of another family and encryption with InvalidKeyUsageException', async () => {
    await expectKmsError(
      sim.sdk.sign({ KeyId: keyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }),
      InvalidKeyUsageException,
    )
    await expectKmsError(
      sim.sdk.encrypt({
        KeyId: keyId,
        Plaintext: message,
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
      InvalidKeyUsageException,
      `${keyArn(keyId)} key usage is SIGN_VERIFY which is not valid for Encrypt.`,
    )
  })

  it('refuses Sign and GetPublicKey while disabled', async () => {
    await sim.sdk.disableKey({ KeyId: keyId })
    await expectKmsError(
      sim.sdk.sign({ KeyId: keyId, Message: message, SigningAlgorithm: 'RSASSA_PSS_SHA_256' }),
      DisabledException,
      `${keyArn(keyId)} is disabled.`,
    )
    await expectKmsError(sim.sdk.getPublicKey({ KeyId: keyId }), DisabledException)
    await sim.sdk.enableKey({ KeyId: keyId })
  })
})

describe('ECDSA keys', () => {
  let sim: Sim
  let p256: string
  let p384: string
  let p521: string

  beforeAll(async () => {
    sim = createSim()
    p256 = await createKeyId(sim.sdk, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })
    p384 = await createKeyId(sim.sdk, { KeySpec: 'ECC_NIST_P384', KeyUsage: 'SIGN_VERIFY' })
    p521 = await createKeyId(sim.sdk, { KeySpec: 'ECC_NIST_P521', KeyUsage: 'SIGN_VERIFY' })
    await sim.sdk.createAlias({ AliasName: 'alias/signer', TargetKeyId: p256 })
  })

  it('describes exactly one algorithm per curve', async () => {
    const a = (await sim.sdk.describeKey({ KeyId: p256 })).KeyMetadata
    const b = (await sim.sdk.describeKey({ KeyId: p384 })).KeyMetadata
    expect(a?.SigningAlgorithms).toEqual(['ECDSA_SHA_256'])
    expect(b?.SigningAlgorithms).toEqual(['ECDSA_SHA_384'])
  })

  const cases: [() => string, SigningAlgorithmSpec, string, number][] = [
    [() => p256, 'ECDSA_SHA_256', 'sha256', 32],
    [() => p384, 'ECDSA_SHA_384', 'sha384', 48],
    // P-521 signatures exceed 127 bytes, so the DER SEQUENCE needs the long length form (0x81).
    [() => p521, 'ECDSA_SHA_512', 'sha512', 66],
  ]
  for (const [id, algorithm, hash, size] of cases) {
    it(`${algorithm}: the signature is DER (X9.62) and verifies with node:crypto`, async () => {
      const out = await sim.sdk.sign({ KeyId: id(), Message: message, SigningAlgorithm: algorithm })
      const signature = out.Signature!
      const { r, s } = parseDerEcdsa(signature)
      expect(r.length).toBeLessThanOrEqual(size + 1)
      expect(s.length).toBeLessThanOrEqual(size + 1)
      const publicKey = await publicKeyOf(sim, id())
      expect(verify(hash, message, { key: publicKey, dsaEncoding: 'der' }, signature)).toBe(true)
      const ok = await sim.sdk.verify({
        KeyId: id(),
        Message: message,
        Signature: signature,
        SigningAlgorithm: algorithm,
      })
      expect(ok.SignatureValid).toBe(true)
    })
  }

  it('verifies a signature made by node:crypto and rejects a corrupted one', async () => {
    const out = await sim.sdk.sign({
      KeyId: 'alias/signer',
      Message: message,
      SigningAlgorithm: 'ECDSA_SHA_256',
    })
    expect(out.KeyId).toBe(keyArn(p256))
    const bad = out.Signature!.slice()
    const last = bad.length - 1
    bad[last] = (bad[last] ?? 0) ^ 0x01
    await expectKmsError(
      sim.sdk.verify({
        KeyId: p256,
        Message: message,
        Signature: bad,
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
      KMSInvalidSignatureException,
    )
  })

  it('refuses ECDSA_SHA_384 on a P-256 key', async () => {
    await expectKmsError(
      sim.sdk.sign({ KeyId: p256, Message: message, SigningAlgorithm: 'ECDSA_SHA_384' }),
      InvalidKeyUsageException,
    )
  })

  it('refuses MessageType DIGEST as unsupported, after checking the digest length', async () => {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', message))
    // WebCrypto cannot sign a pre-hashed digest; the reference allows refusing it.
    await expectKmsError(
      sim.sdk.sign({
        KeyId: p256,
        Message: digest,
        MessageType: 'DIGEST',
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
      UnsupportedOperationException,
      'The KeyDeck simulator cannot sign or verify a precomputed digest (MessageType DIGEST): WebCrypto always hashes the message. Use MessageType RAW.',
    )
    await expectKmsError(
      sim.sdk.sign({
        KeyId: p256,
        Message: digest.slice(1),
        MessageType: 'DIGEST',
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
      'ValidationException',
      'Digest is invalid length for algorithm ECDSA_SHA_256.',
    )
  })
})
