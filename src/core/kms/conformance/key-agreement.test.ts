// KEY_AGREEMENT keys and DeriveSharedSecret (ECDH on the NIST curves) through the real AWS SDK;
// node:crypto, not the simulator, computes what the other party derives.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_DeriveSharedSecret.html
// https://docs.aws.amazon.com/kms/latest/developerguide/asymmetric-key-specs.html#key-spec-ecc
import {
  DisabledException,
  DryRunOperationException,
  InvalidKeyUsageException,
  KMSInvalidStateException,
  NotFoundException,
  UnsupportedOperationException,
  type KeySpec,
} from '@aws-sdk/client-kms'
import { diffieHellman, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  ACCOUNT,
  createKeyId,
  createSim,
  expectKmsError,
  keyArn,
  utf8,
  type Sim,
} from './harness.ts'
import { publicKeyOf } from './public-key.ts'

type AgreementSpec = Extract<KeySpec, 'ECC_NIST_P256' | 'ECC_NIST_P384' | 'ECC_NIST_P521'>
const CURVES: Record<AgreementSpec, { curve: string; bytes: number }> = {
  ECC_NIST_P256: { curve: 'P-256', bytes: 32 },
  ECC_NIST_P384: { curve: 'P-384', bytes: 48 },
  ECC_NIST_P521: { curve: 'P-521', bytes: 66 },
}
const SPECS = Object.keys(CURVES) as AgreementSpec[]

/** The other party: an EC key pair made by node:crypto, its public key as DER SPKI. */
function peer(spec: AgreementSpec): { privateKey: KeyObject; spki: Uint8Array } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: CURVES[spec].curve })
  return { privateKey, spki: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })) }
}

const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`

describe('key agreement (ECDH)', () => {
  let sim: Sim
  const ids = {} as Record<AgreementSpec, string>

  beforeAll(async () => {
    sim = createSim()
    for (const KeySpec of SPECS) {
      ids[KeySpec] = await createKeyId(sim.sdk, { KeySpec, KeyUsage: 'KEY_AGREEMENT' })
    }
    await sim.sdk.createAlias({ AliasName: 'alias/agree', TargetKeyId: ids.ECC_NIST_P256 })
  })

  for (const spec of SPECS) {
    it(`${spec}: the shared secret is what the other party derives with the KMS public key`, async () => {
      const keyId = ids[spec]
      const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
      expect(meta).toMatchObject({ KeyUsage: 'KEY_AGREEMENT', KeySpec: spec })
      expect(meta?.KeyAgreementAlgorithms).toEqual(['ECDH'])
      expect(meta?.SigningAlgorithms).toBeUndefined()
      expect(meta?.EncryptionAlgorithms).toBeUndefined()
      const pub = await sim.sdk.getPublicKey({ KeyId: keyId })
      expect(pub).toMatchObject({ KeyUsage: 'KEY_AGREEMENT', KeyAgreementAlgorithms: ['ECDH'] })
      expect(pub.SigningAlgorithms).toBeUndefined()

      const other = peer(spec)
      const out = await sim.sdk.deriveSharedSecret({
        KeyId: keyId,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: other.spki,
      })
      expect(out).toMatchObject({
        KeyId: keyArn(keyId),
        KeyAgreementAlgorithm: 'ECDH',
        KeyOrigin: 'AWS_KMS',
      })
      expect(out.SharedSecret).toHaveLength(CURVES[spec].bytes)
      const expected = diffieHellman({
        privateKey: other.privateKey,
        publicKey: await publicKeyOf(sim, keyId),
      })
      expect(Buffer.from(out.SharedSecret!).toString('hex')).toBe(expected.toString('hex'))
      // The same two keys always agree on the same secret.
      const again = await sim.sdk.deriveSharedSecret({
        KeyId: keyId,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: other.spki,
      })
      expect(again.SharedSecret).toEqual(out.SharedSecret)
    })
  }

  it('accepts an alias name', async () => {
    const out = await sim.sdk.deriveSharedSecret({
      KeyId: 'alias/agree',
      KeyAgreementAlgorithm: 'ECDH',
      PublicKey: peer('ECC_NIST_P256').spki,
    })
    expect(out.KeyId).toBe(keyArn(ids.ECC_NIST_P256))
  })

  it('refuses a public key of another curve and a malformed one with ValidationException', async () => {
    const message =
      'The public key is not a valid DER-encoded X.509 public key for key spec ECC_NIST_P256.'
    const p384 = peer('ECC_NIST_P384').spki
    for (const PublicKey of [p384, utf8('not a key'), p384.slice(0, 40)]) {
      await expectKmsError(
        sim.sdk.deriveSharedSecret({
          KeyId: ids.ECC_NIST_P256,
          KeyAgreementAlgorithm: 'ECDH',
          PublicKey,
        }),
        'ValidationException',
        message,
      )
    }
    // An RSA public key is not an EC key at all.
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey
    await expectKmsError(
      sim.sdk.deriveSharedSecret({
        KeyId: ids.ECC_NIST_P256,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: new Uint8Array(rsa.export({ format: 'der', type: 'spki' })),
      }),
      'ValidationException',
      message,
    )
  })

  it('refuses an unknown algorithm with the model enum message', async () => {
    await expectKmsError(
      sim.sdk.deriveSharedSecret({
        KeyId: ids.ECC_NIST_P256,
        // @ts-expect-error: not a KeyAgreementAlgorithmSpec, as a caller without types may send
        KeyAgreementAlgorithm: 'INVALID',
        PublicKey: peer('ECC_NIST_P256').spki,
      }),
      'ValidationException',
      "1 validation error detected: Value 'INVALID' at 'keyAgreementAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [ECDH]",
    )
  })

  it('refuses keys of another usage with InvalidKeyUsageException (AWS-recorded wording)', async () => {
    const signing = await createKeyId(sim.sdk, {
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
    })
    const symmetric = await createKeyId(sim.sdk)
    for (const [keyId, usage] of [
      [signing, 'SIGN_VERIFY'],
      [symmetric, 'ENCRYPT_DECRYPT'],
    ] as const) {
      await expectKmsError(
        sim.sdk.deriveSharedSecret({
          KeyId: keyId,
          KeyAgreementAlgorithm: 'ECDH',
          PublicKey: peer('ECC_NIST_P256').spki,
        }),
        InvalidKeyUsageException,
        `${keyArn(keyId)} key usage is ${usage} which is not valid for DeriveSharedSecret.`,
      )
    }
  })

  it('a KEY_AGREEMENT key does nothing else', async () => {
    const keyId = ids.ECC_NIST_P384
    const arn = keyArn(keyId)
    await expectKmsError(
      sim.sdk.sign({ KeyId: keyId, Message: utf8('m'), SigningAlgorithm: 'ECDSA_SHA_384' }),
      InvalidKeyUsageException,
      `${arn} key usage is KEY_AGREEMENT which is not valid for Sign.`,
    )
    await expectKmsError(
      sim.sdk.verify({
        KeyId: keyId,
        Message: utf8('m'),
        Signature: utf8('s'),
        SigningAlgorithm: 'ECDSA_SHA_384',
      }),
      InvalidKeyUsageException,
      `${arn} key usage is KEY_AGREEMENT which is not valid for Verify.`,
    )
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('m') }),
      InvalidKeyUsageException,
      `${arn} key usage is KEY_AGREEMENT which is not valid for Encrypt.`,
    )
    await expectKmsError(
      sim.sdk.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256' }),
      InvalidKeyUsageException,
    )
    await expectKmsError(
      sim.sdk.generateMac({ KeyId: keyId, Message: utf8('m'), MacAlgorithm: 'HMAC_SHA_256' }),
      InvalidKeyUsageException,
      `${arn} key usage is KEY_AGREEMENT which is not valid for GenerateMac.`,
    )
    // Only symmetric encryption keys rotate.
    await expectKmsError(sim.sdk.enableKeyRotation({ KeyId: keyId }), UnsupportedOperationException)
    await expectKmsError(sim.sdk.rotateKeyOnDemand({ KeyId: keyId }), UnsupportedOperationException)
  })

  it('KEY_AGREEMENT only on the ECC specs that have it; SM2 stays refused', async () => {
    await expectKmsError(
      sim.sdk.createKey({ KeySpec: 'RSA_2048', KeyUsage: 'KEY_AGREEMENT' }),
      'ValidationException',
      'KeyUsage KEY_AGREEMENT is not compatible with KeySpec RSA_2048',
    )
    await expectKmsError(
      sim.sdk.createKey({ KeySpec: 'HMAC_256', KeyUsage: 'KEY_AGREEMENT' }),
      'ValidationException',
      'KeyUsage KEY_AGREEMENT is not compatible with KeySpec HMAC_256',
    )
    await expectKmsError(
      sim.sdk.createKey({ KeySpec: 'SM2', KeyUsage: 'KEY_AGREEMENT' }),
      UnsupportedOperationException,
      /does not support key spec SM2: the browser's WebCrypto/,
    )
  })

  it('refuses Recipient (Nitro Enclaves attestation), as the simulator does everywhere', async () => {
    await expectKmsError(
      sim.sdk.deriveSharedSecret({
        KeyId: ids.ECC_NIST_P256,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: peer('ECC_NIST_P256').spki,
        Recipient: {
          KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
          AttestationDocument: utf8('doc'),
        },
      }),
      UnsupportedOperationException,
      'The KeyDeck simulator does not support Recipient (AWS Nitro Enclaves attestation).',
    )
  })

  it('answers DryRun with DryRunOperationException, and a failing call with its failure', async () => {
    await expectKmsError(
      sim.sdk.deriveSharedSecret({
        KeyId: ids.ECC_NIST_P256,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: peer('ECC_NIST_P256').spki,
        DryRun: true,
      }),
      DryRunOperationException,
      'The request would have succeeded, but the DryRun option is set.',
    )
    await expectKmsError(
      sim.sdk.deriveSharedSecret({
        KeyId: ids.ECC_NIST_P256,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: peer('ECC_NIST_P521').spki,
        DryRun: true,
      }),
      'ValidationException',
    )
  })

  it('records the call in the audit trail without the shared secret', async () => {
    const out = await sim.sdk.deriveSharedSecret({
      KeyId: ids.ECC_NIST_P521,
      KeyAgreementAlgorithm: 'ECDH',
      PublicKey: peer('ECC_NIST_P521').spki,
    })
    const [event] = await sim.kms.auditTrail({ keyArn: keyArn(ids.ECC_NIST_P521), limit: 1 })
    expect(event).toMatchObject({
      eventName: 'DeriveSharedSecret',
      responseElements: { KeyAgreementAlgorithm: 'ECDH', KeyOrigin: 'AWS_KMS' },
      requestParameters: { KeyAgreementAlgorithm: 'ECDH', PublicKey: '<158 bytes>' },
    })
    const serialized = JSON.stringify(event)
    expect(event?.responseElements).not.toHaveProperty('SharedSecret')
    expect(serialized).not.toContain(Buffer.from(out.SharedSecret!).toString('base64'))
  })
})

describe('key agreement: key states and authorization', () => {
  let sim: Sim
  let keyId: string
  const other = () => peer('ECC_NIST_P256').spki

  beforeEach(async () => {
    sim = createSim()
    keyId = await createKeyId(sim.sdk, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' })
  })

  it('DisabledException on a disabled key, KMSInvalidStateException pending deletion', async () => {
    const derive = () =>
      sim.sdk.deriveSharedSecret({
        KeyId: keyId,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: other(),
      })
    await sim.sdk.disableKey({ KeyId: keyId })
    await expectKmsError(derive(), DisabledException, `${keyArn(keyId)} is disabled.`)
    await sim.sdk.enableKey({ KeyId: keyId })
    await sim.sdk.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    await expectKmsError(
      derive(),
      KMSInvalidStateException,
      `${keyArn(keyId)} is pending deletion.`,
    )
    sim.advanceDays(8)
    await expectKmsError(derive(), NotFoundException)
  })

  it('needs kms:DeriveSharedSecret, which a grant can give', async () => {
    await sim.kms.iam.createUser('alice')
    const alice = sim.as(ALICE)
    const derive = () =>
      alice.deriveSharedSecret({ KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: other() })
    const denied = await expectKmsError(derive(), 'AccessDeniedException')
    expect(denied.message).toContain('kms:DeriveSharedSecret')
    // A grant for a KEY_AGREEMENT key may give DeriveSharedSecret and GetPublicKey, not Sign.
    await expectKmsError(
      sim.sdk.createGrant({ KeyId: keyId, GranteePrincipal: ALICE, Operations: ['Sign'] }),
      'ValidationException',
    )
    await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['DeriveSharedSecret', 'GetPublicKey'],
    })
    const out = await derive()
    expect(out.SharedSecret).toHaveLength(32)
  })

  it('kms:KeyAgreementAlgorithm conditions decide', async () => {
    await sim.kms.iam.createUser('alice')
    await sim.kms.iam.putPrincipalPolicy(
      ALICE,
      'agree',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'kms:DeriveSharedSecret',
            Resource: '*',
            Condition: { StringEquals: { 'kms:KeyAgreementAlgorithm': 'ECDH' } },
          },
        ],
      }),
    )
    const out = await sim
      .as(ALICE)
      .deriveSharedSecret({ KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: other() })
    expect(out.KeyAgreementAlgorithm).toBe('ECDH')
  })

  it('DescribeKey and GetPublicKey work on a disabled key only as AWS allows', async () => {
    await sim.sdk.disableKey({ KeyId: keyId })
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata?.KeyState).toBe('Disabled')
    await expectKmsError(sim.sdk.getPublicKey({ KeyId: keyId }), DisabledException)
  })
})
