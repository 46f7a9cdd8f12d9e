// Imported HMAC key material through the real AWS SDK: an HMAC key with Origin EXTERNAL waits in
// PendingImport, the caller wraps random bytes with RSA-OAEP (node:crypto) under the public key
// of GetParametersForImport, and after ImportKeyMaterial GenerateMac gives what node's HMAC gives
// with the same bytes. Expiry, deletion and re-import as for symmetric material.
// https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html
import {
  IncorrectKeyMaterialException,
  KMSInvalidStateException,
  UnsupportedOperationException,
  type KMS,
  type MacAlgorithmSpec,
} from '@aws-sdk/client-kms'
import { createHmac, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DAY_MS, T0, createSim, expectKmsError, keyArn, utf8 } from './harness.ts'
import { NEVER, wrapped } from './import-wrap.ts'

const SPECS = [
  { spec: 'HMAC_256', algorithm: 'HMAC_SHA_256', hash: 'sha256', min: 32, max: 64 },
  { spec: 'HMAC_384', algorithm: 'HMAC_SHA_384', hash: 'sha384', min: 48, max: 128 },
  { spec: 'HMAC_512', algorithm: 'HMAC_SHA_512', hash: 'sha512', min: 64, max: 128 },
] as const

type HmacSpec = (typeof SPECS)[number]['spec']

async function createExternalHmacKey(sdk: KMS, spec: HmacSpec = 'HMAC_256'): Promise<string> {
  const out = await sdk.createKey({
    Origin: 'EXTERNAL',
    KeySpec: spec,
    KeyUsage: 'GENERATE_VERIFY_MAC',
  })
  return out.KeyMetadata!.KeyId!
}

const message = utf8('message to authenticate')

async function macOf(sdk: KMS, keyId: string, algorithm: MacAlgorithmSpec = 'HMAC_SHA_256') {
  const out = await sdk.generateMac({ KeyId: keyId, MacAlgorithm: algorithm, Message: message })
  return Buffer.from(out.Mac!).toString('hex')
}

describe('imported HMAC key material', () => {
  it('CreateKey Origin EXTERNAL with an HMAC key spec makes a PendingImport key', async () => {
    const sim = createSim()
    const keyId = await createExternalHmacKey(sim.sdk)
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!
    expect(meta).toMatchObject({
      Origin: 'EXTERNAL',
      KeyState: 'PendingImport',
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
      MacAlgorithms: ['HMAC_SHA_256'],
    })
    await expectKmsError(
      sim.sdk.generateMac({ KeyId: keyId, MacAlgorithm: 'HMAC_SHA_256', Message: message }),
      KMSInvalidStateException,
      `${keyArn(keyId)} is pending import.`,
    )
  })

  for (const { spec, algorithm, hash, min, max } of SPECS) {
    it(`${spec}: imported material MACs as node's HMAC with the same bytes (${min} and ${max} bytes)`, async () => {
      const sim = createSim()
      for (const length of [min, max]) {
        const keyId = await createExternalHmacKey(sim.sdk, spec)
        const material = randomBytes(length)
        const imported = await sim.sdk.importKeyMaterial({
          KeyId: keyId,
          ...(await wrapped(sim.sdk, keyId, material, 'RSAES_OAEP_SHA_1')),
          ...NEVER,
        })
        expect(imported.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/)
        const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!
        expect(meta.KeyState).toBe('Enabled')
        expect(meta.CurrentKeyMaterialId).toBe(imported.KeyMaterialId)
        const expected = createHmac(hash, material).update(message).digest()
        expect(await macOf(sim.sdk, keyId, algorithm)).toBe(expected.toString('hex'))
        const verified = await sim.sdk.verifyMac({
          KeyId: keyId,
          MacAlgorithm: algorithm,
          Message: message,
          Mac: expected,
        })
        expect(verified.MacValid).toBe(true)
      }
    })
  }

  it('material shorter or longer than the key spec allows is IncorrectKeyMaterialException', async () => {
    const sim = createSim()
    for (const { spec, min, max } of SPECS) {
      const keyId = await createExternalHmacKey(sim.sdk, spec)
      for (const length of [min - 1, max + 1]) {
        await expectKmsError(
          sim.sdk.importKeyMaterial({
            KeyId: keyId,
            ...(await wrapped(sim.sdk, keyId, randomBytes(length))),
            ...NEVER,
          }),
          IncorrectKeyMaterialException,
          `Key material for a ${spec} key must be ${min * 8} to ${max * 8} bits (${min} to ${max} bytes); this material is ${length * 8} bits.`,
        )
      }
      expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe(
        'PendingImport',
      )
    }
  })

  it('expires at ValidTo; the same material brings the same MACs back, other material is refused', async () => {
    const sim = createSim()
    const keyId = await createExternalHmacKey(sim.sdk)
    const material = randomBytes(32)
    const { KeyMaterialId } = await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, material)),
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      ValidTo: new Date(T0 + 5 * DAY_MS),
    })
    const before = await macOf(sim.sdk, keyId)
    sim.clock.now = T0 + 5 * DAY_MS
    await expectKmsError(macOf(sim.sdk, keyId), KMSInvalidStateException)
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe(
      'PendingImport',
    )
    await expectKmsError(
      sim.sdk.importKeyMaterial({
        KeyId: keyId,
        ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
        ...NEVER,
      }),
      IncorrectKeyMaterialException,
    )
    const again = await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, material)),
      ...NEVER,
    })
    expect(again.KeyMaterialId).toBe(KeyMaterialId)
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe('Enabled')
    expect(await macOf(sim.sdk, keyId)).toBe(before)
  })

  it('DeleteImportedKeyMaterial: PendingImport at once; the same material restores it', async () => {
    const sim = createSim()
    const keyId = await createExternalHmacKey(sim.sdk)
    const material = randomBytes(40)
    const { KeyMaterialId } = await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, material)),
      ...NEVER,
    })
    const before = await macOf(sim.sdk, keyId)
    const deleted = await sim.sdk.deleteImportedKeyMaterial({ KeyId: keyId })
    expect(deleted.KeyMaterialId).toBe(KeyMaterialId)
    await expectKmsError(
      sim.sdk.verifyMac({
        KeyId: keyId,
        MacAlgorithm: 'HMAC_SHA_256',
        Message: message,
        Mac: Buffer.from(before, 'hex'),
      }),
      KMSInvalidStateException,
      `${keyArn(keyId)} is pending import.`,
    )
    await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, material)),
      ...NEVER,
      KeyMaterialId,
    })
    expect(await macOf(sim.sdk, keyId)).toBe(before)
  })

  it('material deleted while pending deletion: CancelKeyDeletion leaves the key PendingImport', async () => {
    const sim = createSim()
    const keyId = await createExternalHmacKey(sim.sdk)
    await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
      ...NEVER,
    })
    await sim.sdk.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    await sim.sdk.deleteImportedKeyMaterial({ KeyId: keyId })
    await sim.sdk.cancelKeyDeletion({ KeyId: keyId })
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe(
      'PendingImport',
    )
  })

  it('an HMAC key does not rotate: NEW_KEY_MATERIAL after its first material is refused', async () => {
    const sim = createSim()
    const keyId = await createExternalHmacKey(sim.sdk)
    await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
      ...NEVER,
    })
    await expectKmsError(
      sim.sdk.importKeyMaterial({
        KeyId: keyId,
        ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
        ...NEVER,
        ImportType: 'NEW_KEY_MATERIAL',
      }),
      UnsupportedOperationException,
      /only symmetric encryption KMS keys rotate imported key material/,
    )
  })
})
