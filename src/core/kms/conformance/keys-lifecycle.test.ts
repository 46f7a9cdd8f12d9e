// CreateKey / DescribeKey / ListKeys / UpdateKeyDescription / GenerateRandom through the real SDK.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html
import { NotFoundException, type KeySpec, type KeyUsageType } from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ACCOUNT,
  T0,
  aliasArn,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  type Sim,
} from './harness.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('CreateKey and DescribeKey', () => {
  let sim: Sim
  let keyId: string

  beforeAll(async () => {
    sim = createSim()
    keyId = await createSymmetricKey(sim.sdk, 'first key')
    await sim.sdk.createAlias({ AliasName: 'alias/lifecycle', TargetKeyId: keyId })
  })

  it('creates a symmetric ENCRYPT_DECRYPT key with the documented defaults', async () => {
    const out = await sim.sdk.createKey({})
    const meta = out.KeyMetadata
    expect(meta?.KeyId).toMatch(UUID)
    expect(meta).toMatchObject({
      AWSAccountId: ACCOUNT,
      Arn: keyArn(meta?.KeyId ?? ''),
      Enabled: true,
      Description: '',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      KeySpec: 'SYMMETRIC_DEFAULT',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
    })
    // Timestamps travel as epoch seconds; the SDK turns them into Dates.
    expect(meta?.CreationDate).toEqual(new Date(T0))
    expect(meta?.CurrentKeyMaterialId).toMatch(/^[0-9a-f]{64}$/)
    expect(meta?.DeletionDate).toBeUndefined()
    expect(meta?.SigningAlgorithms).toBeUndefined()
    expect(meta?.MacAlgorithms).toBeUndefined()
  })

  it('keeps millisecond precision in timestamps (epoch seconds with a fraction on the wire)', async () => {
    const local = createSim()
    local.clock.now = T0 + 1234
    const out = await local.sdk.createKey({})
    expect(out.KeyMetadata?.CreationDate).toEqual(new Date(T0 + 1234))
  })

  it('gives every key a distinct id', async () => {
    const a = await createSymmetricKey(sim.sdk)
    const b = await createSymmetricKey(sim.sdk)
    expect(a).not.toBe(b)
  })

  it('describes a key by id, key ARN, alias name and alias ARN alike', async () => {
    const byId = await sim.sdk.describeKey({ KeyId: keyId })
    expect(byId.KeyMetadata?.Description).toBe('first key')
    for (const ref of [keyArn(keyId), 'alias/lifecycle', aliasArn('alias/lifecycle')]) {
      const out = await sim.sdk.describeKey({ KeyId: ref })
      expect(out.KeyMetadata).toEqual(byId.KeyMetadata)
    }
  })

  it('does not return aliases, tags, policy or rotation status in DescribeKey', async () => {
    const out = await sim.sdk.describeKey({ KeyId: keyId })
    const fields = Object.keys(out.KeyMetadata ?? {})
    for (const absent of ['Aliases', 'Tags', 'Policy', 'KeyRotationEnabled']) {
      expect(fields).not.toContain(absent)
    }
  })

  it('reports unknown keys and aliases with the AWS NotFoundException texts', async () => {
    const missing = '0b7e4f52-1d8c-4b1e-9a55-2f1d3c4b5a69'
    await expectKmsError(
      sim.sdk.describeKey({ KeyId: missing }),
      NotFoundException,
      `Key '${keyArn(missing)}' does not exist`,
    )
    await expectKmsError(
      sim.sdk.describeKey({ KeyId: keyArn(missing) }),
      NotFoundException,
      `Key '${keyArn(missing)}' does not exist`,
    )
    await expectKmsError(
      sim.sdk.describeKey({ KeyId: 'fake-key-id' }),
      NotFoundException,
      "Invalid keyId 'fake-key-id'",
    )
    await expectKmsError(
      sim.sdk.describeKey({ KeyId: 'alias/nope' }),
      NotFoundException,
      `Alias ${aliasArn('alias/nope')} is not found.`,
    )
  })

  it('updates the description', async () => {
    const id = await createSymmetricKey(sim.sdk, 'before')
    await sim.sdk.updateKeyDescription({ KeyId: id, Description: 'after' })
    const out = await sim.sdk.describeKey({ KeyId: id })
    expect(out.KeyMetadata?.Description).toBe('after')
    await expectKmsError(
      sim.sdk.updateKeyDescription({ KeyId: id, Description: 'x'.repeat(8193) }),
      'ValidationException',
    )
  })

  it('lists every key with its ARN', async () => {
    const out = await sim.sdk.listKeys({})
    expect(out.Keys).toContainEqual({ KeyId: keyId, KeyArn: keyArn(keyId) })
    expect(out.Truncated).toBe(false)
  })

  it('creates HMAC keys only with an explicit KeyUsage', async () => {
    await expectKmsError(
      sim.sdk.createKey({ KeySpec: 'HMAC_256' }),
      'ValidationException',
      'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
    )
    const out = await sim.sdk.createKey({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })
    expect(out.KeyMetadata).toMatchObject({
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
      MacAlgorithms: ['HMAC_SHA_256'],
    })
    expect(out.KeyMetadata?.EncryptionAlgorithms).toBeUndefined()
  })

  it('rejects a spec/usage mismatch and unknown enum values with ValidationException', async () => {
    await expectKmsError(
      sim.sdk.createKey({ KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'SIGN_VERIFY' }),
      'ValidationException',
    )
    await expectKmsError(
      sim.sdk.createKey({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'GENERATE_VERIFY_MAC' }),
      'ValidationException',
    )
    await expectKmsError(
      sim.sdk.createKey({ KeyUsage: 'RANDOM' as KeyUsageType }),
      'ValidationException',
      /^1 validation error detected: Value 'RANDOM' at 'keyUsage' failed to satisfy constraint: Member must satisfy enum value set: \[/,
    )
    await expectKmsError(
      sim.sdk.createKey({ KeySpec: 'HMAC_random' as KeySpec, KeyUsage: 'GENERATE_VERIFY_MAC' }),
      'ValidationException',
      /^1 validation error detected: Value 'HMAC_random' at 'keySpec' failed to satisfy constraint/,
    )
  })

  it('rejects a description over 8192 characters', async () => {
    await expectKmsError(
      sim.sdk.createKey({ Description: 'd'.repeat(8193) }),
      'ValidationException',
    )
  })
})

describe('GenerateRandom', () => {
  const sim = createSim()

  it('returns the requested number of random bytes', async () => {
    const a = await sim.sdk.generateRandom({ NumberOfBytes: 32 })
    const b = await sim.sdk.generateRandom({ NumberOfBytes: 1024 })
    expect(a.Plaintext).toHaveLength(32)
    expect(b.Plaintext).toHaveLength(1024)
    const c = await sim.sdk.generateRandom({ NumberOfBytes: 32 })
    expect(c.Plaintext).not.toEqual(a.Plaintext)
  })

  it('uses the AWS validation messages for a missing or out-of-range size', async () => {
    await expectKmsError(
      sim.sdk.generateRandom({}),
      'ValidationException',
      'NumberOfBytes is required.',
    )
    await expectKmsError(
      sim.sdk.generateRandom({ NumberOfBytes: 0 }),
      'ValidationException',
      "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1",
    )
    await expectKmsError(
      sim.sdk.generateRandom({ NumberOfBytes: 1025 }),
      'ValidationException',
      "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    )
  })
})

describe('GetKeyLastUsage', () => {
  // https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyLastUsage.html
  it('reports the last cryptographic use of a key', async () => {
    const sim = createSim()
    const keyId = await createSymmetricKey(sim.sdk)
    const fresh = await sim.sdk.getKeyLastUsage({ KeyId: keyId })
    expect(fresh.KeyId).toBe(keyArn(keyId))
    expect(fresh.KeyCreationDate).toEqual(new Date(T0))
    expect(fresh.KeyLastUsage?.Operation).toBeUndefined()
    sim.advanceDays(1)
    await sim.sdk.encrypt({ KeyId: keyId, Plaintext: new Uint8Array([1]) })
    const used = await sim.sdk.getKeyLastUsage({ KeyId: keyId })
    expect(used.KeyLastUsage?.Operation).toBe('Encrypt')
    expect(used.KeyLastUsage?.Timestamp).toEqual(new Date(T0 + 86_400_000))
  })
})
