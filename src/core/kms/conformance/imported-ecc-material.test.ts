// Imported ECC key material through the real AWS SDK: an ECC_NIST_* key with Origin EXTERNAL
// (SIGN_VERIFY or KEY_AGREEMENT) takes a PKCS #8 private key made by node:crypto and wrapped with
// RSAES_OAEP under GetParametersForImport's public key; then GetPublicKey gives node's public
// key, node verifies KMS's signatures (and KMS node's), and DeriveSharedSecret agrees with node's
// ECDH.
// https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_GetParametersForImport.html
import {
  IncorrectKeyMaterialException,
  KMSInvalidStateException,
  UnsupportedOperationException,
  type KeySpec,
  type KeyUsageType,
  type KMS,
  type WrappingKeySpec,
} from '@aws-sdk/client-kms'
import {
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createSim, expectKmsError, keyArn, utf8 } from './harness.ts'
import { NEVER, wrapped } from './import-wrap.ts'

const CURVES = [
  { spec: 'ECC_NIST_P256', curve: 'prime256v1', algorithm: 'ECDSA_SHA_256', hash: 'sha256' },
  { spec: 'ECC_NIST_P384', curve: 'secp384r1', algorithm: 'ECDSA_SHA_384', hash: 'sha384' },
  { spec: 'ECC_NIST_P521', curve: 'secp521r1', algorithm: 'ECDSA_SHA_512', hash: 'sha512' },
] as const

type EccSpec = (typeof CURVES)[number]['spec']

/** RSA_2048 cannot wrap P-521 material with RSAES_OAEP (AWS), so P-521 takes RSA_3072. */
const wrappingKeySpecFor = (spec: EccSpec): WrappingKeySpec =>
  spec === 'ECC_NIST_P521' ? 'RSA_3072' : 'RSA_2048'

function nodeKeyPair(curve: string) {
  return generateKeyPairSync('ec', { namedCurve: curve })
}

const pkcs8Of = (key: KeyObject) =>
  new Uint8Array(key.export({ format: 'der', type: 'pkcs8' }) as Buffer)
const spkiOf = (key: KeyObject) =>
  new Uint8Array(key.export({ format: 'der', type: 'spki' }) as Buffer)

async function createExternalEccKey(
  sdk: KMS,
  spec: KeySpec,
  usage: KeyUsageType = 'SIGN_VERIFY',
): Promise<string> {
  const out = await sdk.createKey({ Origin: 'EXTERNAL', KeySpec: spec, KeyUsage: usage })
  return out.KeyMetadata!.KeyId!
}

/** Imports `privateKey` (node KeyObject) into the key; returns ImportKeyMaterial's answer. */
async function importPrivateKey(sdk: KMS, keyId: string, spec: EccSpec, privateKey: KeyObject) {
  return sdk.importKeyMaterial({
    KeyId: keyId,
    ...(await wrapped(
      sdk,
      keyId,
      pkcs8Of(privateKey),
      'RSAES_OAEP_SHA_256',
      wrappingKeySpecFor(spec),
    )),
    ...NEVER,
  })
}

const message = utf8('message to sign')

describe('imported ECC key material: SIGN_VERIFY', () => {
  it('a PendingImport ECC key neither signs nor shows a public key', async () => {
    const sim = createSim()
    const keyId = await createExternalEccKey(sim.sdk, 'ECC_NIST_P256')
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!
    expect(meta).toMatchObject({
      Origin: 'EXTERNAL',
      KeyState: 'PendingImport',
      SigningAlgorithms: ['ECDSA_SHA_256'],
    })
    const pending = `${keyArn(keyId)} is pending import.`
    await expectKmsError(
      sim.sdk.sign({ KeyId: keyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }),
      KMSInvalidStateException,
      pending,
    )
    await expectKmsError(sim.sdk.getPublicKey({ KeyId: keyId }), KMSInvalidStateException, pending)
  })

  for (const { spec, curve, algorithm, hash } of CURVES) {
    it(
      `${spec}: GetPublicKey is node's public key; signatures verify both ways`,
      { timeout: 30_000 },
      async () => {
        const sim = createSim()
        const keyId = await createExternalEccKey(sim.sdk, spec)
        const pair = nodeKeyPair(curve)
        const imported = await importPrivateKey(sim.sdk, keyId, spec, pair.privateKey)
        expect(imported.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/)
        expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe('Enabled')
        const publicKey = (await sim.sdk.getPublicKey({ KeyId: keyId })).PublicKey!
        expect(Buffer.from(publicKey).equals(Buffer.from(spkiOf(pair.publicKey)))).toBe(true)
        const signature = (
          await sim.sdk.sign({
            KeyId: keyId,
            Message: message,
            SigningAlgorithm: algorithm,
          })
        ).Signature!
        const kmsPublic = createPublicKey({
          key: Buffer.from(publicKey),
          format: 'der',
          type: 'spki',
        })
        expect(verify(hash, message, kmsPublic, signature)).toBe(true)
        const nodeSignature = sign(hash, message, pair.privateKey)
        const verified = await sim.sdk.verify({
          KeyId: keyId,
          Message: message,
          Signature: nodeSignature,
          SigningAlgorithm: algorithm,
        })
        expect(verified.SignatureValid).toBe(true)
      },
    )
  }
})

describe('imported ECC key material: KEY_AGREEMENT', () => {
  for (const { spec, curve } of CURVES) {
    it(`${spec}: DeriveSharedSecret equals node's ECDH`, { timeout: 30_000 }, async () => {
      const sim = createSim()
      const keyId = await createExternalEccKey(sim.sdk, spec, 'KEY_AGREEMENT')
      const mine = nodeKeyPair(curve)
      await importPrivateKey(sim.sdk, keyId, spec, mine.privateKey)
      const publicKey = (await sim.sdk.getPublicKey({ KeyId: keyId })).PublicKey!
      expect(Buffer.from(publicKey).equals(Buffer.from(spkiOf(mine.publicKey)))).toBe(true)
      const peer = nodeKeyPair(curve)
      const out = await sim.sdk.deriveSharedSecret({
        KeyId: keyId,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: spkiOf(peer.publicKey),
      })
      const expected = diffieHellman({ privateKey: peer.privateKey, publicKey: mine.publicKey })
      expect(Buffer.from(out.SharedSecret!).equals(expected)).toBe(true)
    })
  }
})

describe('imported ECC key material: refusals, deletion and re-import', () => {
  it('RSA_2048 with RSAES_OAEP cannot wrap ECC_NIST_P521 material: ValidationException', async () => {
    const sim = createSim()
    const keyId = await createExternalEccKey(sim.sdk, 'ECC_NIST_P521')
    for (const algorithm of ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] as const) {
      await expectKmsError(
        sim.sdk.getParametersForImport({
          KeyId: keyId,
          WrappingAlgorithm: algorithm,
          WrappingKeySpec: 'RSA_2048',
        }),
        'ValidationException',
        `The ${algorithm} wrapping algorithm with the RSA_2048 wrapping key spec cannot wrap ECC_NIST_P521 key material. Use the RSA_3072 or RSA_4096 wrapping key spec.`,
      )
    }
  })

  it('material of another curve, another key type or raw bytes is IncorrectKeyMaterialException', async () => {
    const sim = createSim()
    const keyId = await createExternalEccKey(sim.sdk, 'ECC_NIST_P256')
    // An Ed25519 PKCS #8 key: another key type that RSA_2048 OAEP can wrap (an RSA key is too long).
    const ed25519 = generateKeyPairSync('ed25519').privateKey
    for (const material of [
      pkcs8Of(nodeKeyPair('secp384r1').privateKey),
      pkcs8Of(ed25519),
      randomBytes(32),
    ]) {
      await expectKmsError(
        sim.sdk.importKeyMaterial({
          KeyId: keyId,
          ...(await wrapped(sim.sdk, keyId, material)),
          ...NEVER,
        }),
        IncorrectKeyMaterialException,
        'Key material for a ECC_NIST_P256 key must be a DER-encoded PKCS #8 private key on curve P-256.',
      )
    }
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe(
      'PendingImport',
    )
  })

  it('after deletion only the same private key comes back, with the same id and public key', async () => {
    const sim = createSim()
    const keyId = await createExternalEccKey(sim.sdk, 'ECC_NIST_P384')
    const pair = nodeKeyPair('secp384r1')
    const first = await importPrivateKey(sim.sdk, keyId, 'ECC_NIST_P384', pair.privateKey)
    await sim.sdk.deleteImportedKeyMaterial({ KeyId: keyId })
    await expectKmsError(
      sim.sdk.sign({ KeyId: keyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_384' }),
      KMSInvalidStateException,
      `${keyArn(keyId)} is pending import.`,
    )
    await expectKmsError(
      importPrivateKey(sim.sdk, keyId, 'ECC_NIST_P384', nodeKeyPair('secp384r1').privateKey),
      IncorrectKeyMaterialException,
    )
    const again = await importPrivateKey(sim.sdk, keyId, 'ECC_NIST_P384', pair.privateKey)
    expect(again.KeyMaterialId).toBe(first.KeyMaterialId)
    const publicKey = (await sim.sdk.getPublicKey({ KeyId: keyId })).PublicKey!
    expect(Buffer.from(publicKey).equals(Buffer.from(spkiOf(pair.publicKey)))).toBe(true)
  })

  it('the same private key in another PKCS #8 encoding (without its public key) is the same material', async () => {
    const sim = createSim()
    const keyId = await createExternalEccKey(sim.sdk, 'ECC_NIST_P256')
    const pair = nodeKeyPair('prime256v1')
    const first = await importPrivateKey(sim.sdk, keyId, 'ECC_NIST_P256', pair.privateKey)
    await sim.sdk.deleteImportedKeyMaterial({ KeyId: keyId })
    const again = await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, pkcs8WithoutPublicKey(pair.privateKey))),
      ...NEVER,
    })
    expect(again.KeyMaterialId).toBe(first.KeyMaterialId)
    const publicKey = (await sim.sdk.getPublicKey({ KeyId: keyId })).PublicKey!
    expect(Buffer.from(publicKey).equals(Buffer.from(spkiOf(pair.publicKey)))).toBe(true)
  })

  it('ECC_SECG_P256K1, SM2 and RSA keys with Origin EXTERNAL are refused with the reason', async () => {
    const sim = createSim()
    for (const [KeySpec, reason] of [
      ['ECC_SECG_P256K1', /WebCrypto cannot create or use such keys/],
      ['SM2', /WebCrypto cannot create or use such keys/],
      ['RSA_3072', /RSA_AES_KEY_WRAP_SHA_1 or RSA_AES_KEY_WRAP_SHA_256/],
    ] as const) {
      await expectKmsError(
        sim.sdk.createKey({ Origin: 'EXTERNAL', KeySpec, KeyUsage: 'SIGN_VERIFY' }),
        UnsupportedOperationException,
        reason,
      )
    }
  })
})

/**
 * A P-256 PKCS #8 PrivateKeyInfo whose ECPrivateKey has no public key ([1] left out), as some
 * tools write it (RFC 5915 makes it optional): DER built from the private scalar.
 */
function pkcs8WithoutPublicKey(privateKey: KeyObject): Uint8Array {
  const d = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url')
  const ecPrivateKey = Buffer.concat([Buffer.from([0x30, 0x25, 0x02, 0x01, 0x01, 0x04, 0x20]), d])
  const algorithm = Buffer.from(
    '301306072a8648ce3d020106082a8648ce3d030107', // id-ecPublicKey, prime256v1
    'hex',
  )
  const body = Buffer.concat([
    Buffer.from([0x02, 0x01, 0x00]),
    algorithm,
    Buffer.from([0x04, ecPrivateKey.length]),
    ecPrivateKey,
  ])
  return new Uint8Array(Buffer.concat([Buffer.from([0x30, body.length]), body]))
}
