// Multi-Region keys with imported key material through the real AWS SDK: a primary with Origin
// EXTERNAL, ReplicateKey making a replica with no material (PendingImport), the same material
// imported into each related key (node:crypto wraps it, as a learner's HSM would), other material
// refused, and each key's material expiring or deleted on its own.
// https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-import.html
import {
  IncorrectKeyMaterialException,
  KMSInvalidStateException,
  UnsupportedOperationException,
  type KMS,
} from '@aws-sdk/client-kms'
import { randomBytes } from 'node:crypto'
import { beforeEach, describe, expect, it } from 'vitest'
import { createKms } from '../index.ts'
import { ACCOUNT, DAY_MS, expectKmsError, T0, text, utf8 } from './harness.ts'
import { NEVER, wrapped } from './import-wrap.ts'
import { sdkKms } from './sdk-client.ts'

const EAST = 'us-east-1'
const WEST = 'eu-west-1'
const SETTLE_MS = 10_000

const arnIn = (region: string, keyId: string) => `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId}`

let clock: { now: number }
let east: KMS
let west: KMS

beforeEach(() => {
  clock = { now: T0 }
  const now = () => clock.now
  const kmsEast = createKms({ region: EAST, accountId: ACCOUNT, now })
  const kmsWest = createKms({ region: WEST, sameAccountAs: kmsEast, now })
  east = sdkKms(kmsEast, { region: EAST })
  west = sdkKms(kmsWest, { region: WEST })
})

async function externalPrimary(): Promise<string> {
  const out = await east.createKey({ Origin: 'EXTERNAL', MultiRegion: true })
  return out.KeyMetadata!.KeyId!
}

/** Replicates into eu-west-1 and lets the replica finish Creating. */
async function replicate(keyId: string): Promise<void> {
  await east.replicateKey({ KeyId: keyId, ReplicaRegion: WEST })
  clock.now += SETTLE_MS
}

async function importInto(
  sdk: KMS,
  keyId: string,
  material: Uint8Array,
  terms: Partial<Parameters<KMS['importKeyMaterial']>[0]> = NEVER,
) {
  return sdk.importKeyMaterial({ KeyId: keyId, ...(await wrapped(sdk, keyId, material)), ...terms })
}

const stateIn = async (sdk: KMS, keyId: string) =>
  (await sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState

describe('multi-Region keys with imported key material', () => {
  it('makes an EXTERNAL primary in PendingImport; its replica is PendingImport until it gets the same material', async () => {
    const keyId = await externalPrimary()
    expect(keyId).toMatch(/^mrk-/)
    const material = randomBytes(32)
    const primaryImport = await importInto(east, keyId, material)
    const replica = await east.replicateKey({ KeyId: keyId, ReplicaRegion: WEST })
    expect(replica.ReplicaKeyMetadata?.Origin).toBe('EXTERNAL')
    expect(replica.ReplicaKeyMetadata?.KeyState).toBe('Creating')
    clock.now += SETTLE_MS
    const meta = (await west.describeKey({ KeyId: keyId })).KeyMetadata!
    expect(meta.KeyState).toBe('PendingImport')
    expect(meta.Origin).toBe('EXTERNAL')
    expect(meta.CurrentKeyMaterialId).toBeUndefined()
    expect(meta.MultiRegionConfiguration?.MultiRegionKeyType).toBe('REPLICA')

    const blob = (await east.encrypt({ KeyId: keyId, Plaintext: utf8('from east') }))
      .CiphertextBlob!
    await expectKmsError(
      west.decrypt({ CiphertextBlob: blob, KeyId: keyId }),
      KMSInvalidStateException,
      `${arnIn(WEST, keyId)} is pending import.`,
    )

    const replicaImport = await importInto(west, keyId, material)
    expect(replicaImport.KeyMaterialId).toBe(primaryImport.KeyMaterialId)
    expect(await stateIn(west, keyId)).toBe('Enabled')
    expect(text((await west.decrypt({ CiphertextBlob: blob, KeyId: keyId })).Plaintext)).toBe(
      'from east',
    )
    const back = (await west.encrypt({ KeyId: keyId, Plaintext: utf8('from west') }))
      .CiphertextBlob!
    expect(text((await east.decrypt({ CiphertextBlob: back })).Plaintext)).toBe('from west')
  })

  it('refuses other key material in a replica, and in a primary whose replica has material', async () => {
    const keyId = await externalPrimary()
    // Unverified in AWS: replicating a primary still in PendingImport (the simulator allows it).
    await replicate(keyId)
    expect(await stateIn(west, keyId)).toBe('PendingImport')
    const material = randomBytes(32)
    // The replica takes material first; the primary must then take the same.
    await importInto(west, keyId, material)
    await expectKmsError(
      importInto(east, keyId, randomBytes(32)),
      IncorrectKeyMaterialException,
      /is not the key material of the related multi-Region keys/,
    )
    expect(await stateIn(east, keyId)).toBe('PendingImport')
    await importInto(east, keyId, material)
    expect(await stateIn(east, keyId)).toBe('Enabled')
    // A replica that has its material refuses other material too (EXISTING_KEY_MATERIAL).
    await expectKmsError(
      importInto(west, keyId, randomBytes(32)),
      IncorrectKeyMaterialException,
      /is not the key material of/,
    )
  })

  it('lets the replica material expire while the primary keeps working', async () => {
    const keyId = await externalPrimary()
    const material = randomBytes(32)
    await importInto(east, keyId, material)
    await replicate(keyId)
    const validTo = new Date(clock.now + 2 * DAY_MS)
    await importInto(west, keyId, material, {
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      ValidTo: validTo,
    })
    expect((await west.describeKey({ KeyId: keyId })).KeyMetadata!.ValidTo).toEqual(validTo)
    expect((await east.describeKey({ KeyId: keyId })).KeyMetadata!.ValidTo).toBeUndefined()
    clock.now = validTo.getTime()
    expect(await stateIn(west, keyId)).toBe('PendingImport')
    expect(await stateIn(east, keyId)).toBe('Enabled')
    const blob = (await east.encrypt({ KeyId: keyId, Plaintext: utf8('still') })).CiphertextBlob!
    await expectKmsError(
      west.decrypt({ CiphertextBlob: blob, KeyId: keyId }),
      KMSInvalidStateException,
      `${arnIn(WEST, keyId)} is pending import.`,
    )
    // The same material again brings the replica back.
    await importInto(west, keyId, material)
    expect(text((await west.decrypt({ CiphertextBlob: blob, KeyId: keyId })).Plaintext)).toBe(
      'still',
    )
  })

  it('deletes imported material in one Region only', async () => {
    const keyId = await externalPrimary()
    const material = randomBytes(32)
    const { KeyMaterialId } = await importInto(east, keyId, material)
    await replicate(keyId)
    await importInto(west, keyId, material)
    const deleted = await east.deleteImportedKeyMaterial({ KeyId: keyId })
    expect(deleted.KeyMaterialId).toBe(KeyMaterialId)
    expect(await stateIn(east, keyId)).toBe('PendingImport')
    expect(await stateIn(west, keyId)).toBe('Enabled')
    const blob = (await west.encrypt({ KeyId: keyId, Plaintext: utf8('west') })).CiphertextBlob!
    await expectKmsError(
      east.decrypt({ CiphertextBlob: blob }),
      KMSInvalidStateException,
      `${arnIn(EAST, keyId)} is pending import.`,
    )
    await importInto(east, keyId, material)
    expect(text((await east.decrypt({ CiphertextBlob: blob })).Plaintext)).toBe('west')
  })

  it('UpdatePrimaryRegion to a replica without material: each key settles back in its own state', async () => {
    const keyId = await externalPrimary()
    const material = randomBytes(32)
    await importInto(east, keyId, material)
    await replicate(keyId)
    await east.updatePrimaryRegion({ KeyId: keyId, PrimaryRegion: WEST })
    expect(await stateIn(west, keyId)).toBe('Updating')
    clock.now += SETTLE_MS
    const meta = (await west.describeKey({ KeyId: keyId })).KeyMetadata!
    expect(meta.MultiRegionConfiguration?.MultiRegionKeyType).toBe('PRIMARY')
    expect(meta.KeyState).toBe('PendingImport')
    expect(await stateIn(east, keyId)).toBe('Enabled')
    // The new primary's writes do not reach the old one: its material stays its own.
    await importInto(west, keyId, material)
    await west.deleteImportedKeyMaterial({ KeyId: keyId })
    expect(await stateIn(east, keyId)).toBe('Enabled')
    const blob = (await east.encrypt({ KeyId: keyId, Plaintext: utf8('east') })).CiphertextBlob!
    expect(text((await east.decrypt({ CiphertextBlob: blob })).Plaintext)).toBe('east')
  })

  it('an HMAC_256 multi-Region key: the same bytes in both Regions give the same MACs', async () => {
    const created = await east.createKey({
      Origin: 'EXTERNAL',
      MultiRegion: true,
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    })
    const keyId = created.KeyMetadata!.KeyId!
    const material = randomBytes(32)
    await importInto(east, keyId, material)
    await replicate(keyId)
    expect(await stateIn(west, keyId)).toBe('PendingImport')
    await expectKmsError(
      importInto(west, keyId, randomBytes(32)),
      IncorrectKeyMaterialException,
      /is not the key material of the related multi-Region keys/,
    )
    await importInto(west, keyId, material)
    const mac = { MacAlgorithm: 'HMAC_SHA_256', Message: utf8('signed in east') } as const
    const { Mac } = await east.generateMac({ KeyId: keyId, ...mac })
    const verified = await west.verifyMac({ KeyId: keyId, ...mac, Mac: Mac! })
    expect(verified.MacValid).toBe(true)
  })

  it('does not rotate a multi-Region key with imported material on demand (simulator gap)', async () => {
    const keyId = await externalPrimary()
    await importInto(east, keyId, randomBytes(32))
    await expectKmsError(
      importInto(east, keyId, randomBytes(32), { ...NEVER, ImportType: 'NEW_KEY_MATERIAL' }),
      UnsupportedOperationException,
      /does not support new key material \(on-demand rotation\) in multi-Region keys with imported key material/,
    )
  })
})
