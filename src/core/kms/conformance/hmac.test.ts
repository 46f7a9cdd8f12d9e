// HMAC KMS keys: GenerateMac / VerifyMac.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateMac.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_VerifyMac.html
import {
  DisabledException,
  InvalidKeyUsageException,
  KMSInvalidMacException,
  type MacAlgorithmSpec,
} from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  EMPTY_MESSAGE,
  createKeyId,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  utf8,
  type Sim,
} from './harness.ts'

const message = utf8('mac me')
const WEBCRYPTO_HASH = { HMAC_SHA_256: 'SHA-256', HMAC_SHA_384: 'SHA-384', HMAC_SHA_512: 'SHA-512' }

describe('HMAC keys', () => {
  let sim: Sim
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    sim = createSim()
    for (const spec of ['HMAC_256', 'HMAC_384', 'HMAC_512'] as const) {
      ids[spec] = await createKeyId(sim.sdk, { KeySpec: spec, KeyUsage: 'GENERATE_VERIFY_MAC' })
    }
    await sim.sdk.createAlias({ AliasName: 'alias/mac', TargetKeyId: ids.HMAC_256! })
  })

  const cases: ['HMAC_256' | 'HMAC_384' | 'HMAC_512', keyof typeof WEBCRYPTO_HASH, number][] = [
    ['HMAC_256', 'HMAC_SHA_256', 32],
    ['HMAC_384', 'HMAC_SHA_384', 48],
    ['HMAC_512', 'HMAC_SHA_512', 64],
  ]
  for (const [spec, algorithm, size] of cases) {
    it(`${spec}: GenerateMac then VerifyMac`, async () => {
      const keyId = ids[spec]!
      const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
      expect(meta?.MacAlgorithms).toEqual([algorithm])
      // Key material ids are reported for symmetric encryption keys only.
      expect(meta?.CurrentKeyMaterialId).toBeUndefined()
      const out = await sim.sdk.generateMac({
        KeyId: keyId,
        Message: message,
        MacAlgorithm: algorithm,
      })
      expect(out).toMatchObject({ KeyId: keyArn(keyId), MacAlgorithm: algorithm })
      expect(out.Mac).toHaveLength(size)
      // HMAC is deterministic: the same message gives the same MAC.
      const again = await sim.sdk.generateMac({
        KeyId: keyId,
        Message: message,
        MacAlgorithm: algorithm,
      })
      expect(again.Mac).toEqual(out.Mac)
      const ok = await sim.sdk.verifyMac({
        KeyId: keyId,
        Message: message,
        Mac: out.Mac,
        MacAlgorithm: algorithm,
      })
      expect(ok).toMatchObject({ KeyId: keyArn(keyId), MacValid: true, MacAlgorithm: algorithm })
    })
  }

  it('accepts an alias and reports the key ARN', async () => {
    const out = await sim.sdk.generateMac({
      KeyId: 'alias/mac',
      Message: message,
      MacAlgorithm: 'HMAC_SHA_256',
    })
    expect(out.KeyId).toBe(keyArn(ids.HMAC_256!))
  })

  it('reports a wrong MAC or message as KMSInvalidMacException with an empty message', async () => {
    const keyId = ids.HMAC_256!
    const out = await sim.sdk.generateMac({
      KeyId: keyId,
      Message: message,
      MacAlgorithm: 'HMAC_SHA_256',
    })
    const bad = out.Mac!.slice()
    bad[0] = (bad[0] ?? 0) ^ 0x80
    await expectKmsError(
      sim.sdk.verifyMac({ KeyId: keyId, Message: message, Mac: bad, MacAlgorithm: 'HMAC_SHA_256' }),
      KMSInvalidMacException,
      EMPTY_MESSAGE,
    )
    await expectKmsError(
      sim.sdk.verifyMac({
        KeyId: keyId,
        Message: utf8('other'),
        Mac: out.Mac,
        MacAlgorithm: 'HMAC_SHA_256',
      }),
      KMSInvalidMacException,
    )
    await expectKmsError(
      sim.sdk.verifyMac({
        KeyId: ids.HMAC_384!,
        Message: message,
        Mac: out.Mac,
        MacAlgorithm: 'HMAC_SHA_384',
      }),
      KMSInvalidMacException,
    )
  })

  it('refuses an algorithm of another spec with the AWS message', async () => {
    await expectKmsError(
      sim.sdk.generateMac({ KeyId: ids.HMAC_256!, Message: message, MacAlgorithm: 'HMAC_SHA_512' }),
      InvalidKeyUsageException,
      'Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_256.',
    )
    await expectKmsError(
      sim.sdk.generateMac({
        KeyId: ids.HMAC_256!,
        Message: message,
        MacAlgorithm: 'INVALID' as MacAlgorithmSpec,
      }),
      'ValidationException',
      /^1 validation error detected: Value 'INVALID' at 'macAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: \[/,
    )
  })

  it('refuses MAC operations on a symmetric key and Sign/Encrypt on an HMAC key', async () => {
    const sym = await createSymmetricKey(sim.sdk)
    await expectKmsError(
      sim.sdk.generateMac({ KeyId: sym, Message: message, MacAlgorithm: 'HMAC_SHA_256' }),
      InvalidKeyUsageException,
      `${keyArn(sym)} key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.`,
    )
    await expectKmsError(
      sim.sdk.sign({ KeyId: ids.HMAC_256!, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }),
      InvalidKeyUsageException,
      `${keyArn(ids.HMAC_256!)} key usage is GENERATE_VERIFY_MAC which is not valid for Sign.`,
    )
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: ids.HMAC_256!, Plaintext: message }),
      InvalidKeyUsageException,
    )
  })

  it('refuses MAC operations on a disabled key', async () => {
    const keyId = ids.HMAC_512!
    await sim.sdk.disableKey({ KeyId: keyId })
    await expectKmsError(
      sim.sdk.generateMac({ KeyId: keyId, Message: message, MacAlgorithm: 'HMAC_SHA_512' }),
      DisabledException,
      `${keyArn(keyId)} is disabled.`,
    )
    await sim.sdk.enableKey({ KeyId: keyId })
  })

  it('makes MACs as long as the hash output; a truncated MAC never verifies', async () => {
    const out = await sim.sdk.generateMac({
      KeyId: ids.HMAC_384!,
      Message: message,
      MacAlgorithm: 'HMAC_SHA_384',
    })
    const digestLength = (await crypto.subtle.digest(WEBCRYPTO_HASH.HMAC_SHA_384, message))
      .byteLength
    expect(out.Mac).toHaveLength(digestLength)
    await expectKmsError(
      sim.sdk.verifyMac({
        KeyId: ids.HMAC_384!,
        Message: message,
        Mac: out.Mac!.slice(0, 32),
        MacAlgorithm: 'HMAC_SHA_384',
      }),
      KMSInvalidMacException,
    )
  })
})
