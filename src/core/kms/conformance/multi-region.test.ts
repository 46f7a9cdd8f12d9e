// Multi-Region keys through the real AWS SDK: CreateKey with MultiRegion, ReplicateKey into a
// joined Region, ciphertext crossing Regions, shared rotation, UpdatePrimaryRegion, and the
// deletion rules of a primary with replicas. Each Region is its own simulator (its own endpoint),
// joined to the first with createKms({ sameAccountAs }).
// https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html
import {
  AlreadyExistsException,
  DisabledException,
  InvalidArnException,
  KMSInvalidStateException,
  NotFoundException,
  UnsupportedOperationException,
  type KMS,
} from '@aws-sdk/client-kms'
import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, type Kms } from '../index.ts'
import { ACCOUNT, DAY_MS, expectKmsError, T0, text, utf8 } from './harness.ts'
import { sdkKms } from './sdk-client.ts'

const EAST = 'us-east-1'
const WEST = 'eu-west-1'
const SETTLE_MS = 10_000

const arnIn = (region: string, keyId: string) => `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId}`

interface Account {
  east: Kms
  west: Kms
  sdkEast: KMS
  sdkWest: KMS
  clock: { now: number }
}

function createAccount(): Account {
  const clock = { now: T0 }
  const now = () => clock.now
  const east = createKms({ region: EAST, accountId: ACCOUNT, now })
  const west = createKms({ region: WEST, sameAccountAs: east, now })
  // Each client signs for, and reaches, its own Region's endpoint.
  return {
    east,
    west,
    sdkEast: sdkKms(east, { region: EAST }),
    sdkWest: sdkKms(west, { region: WEST }),
    clock,
  }
}

async function primaryKey(sdk: KMS, input: Parameters<KMS['createKey']>[0] = {}): Promise<string> {
  const out = await sdk.createKey({ MultiRegion: true, ...input })
  return out.KeyMetadata?.KeyId ?? ''
}

let a: Account
beforeEach(() => {
  a = createAccount()
})

/** A primary in us-east-1 with a settled (Enabled) replica in eu-west-1. */
async function replicated(input: Parameters<KMS['createKey']>[0] = {}): Promise<string> {
  const keyId = await primaryKey(a.sdkEast, input)
  await a.sdkEast.replicateKey({ KeyId: keyId, ReplicaRegion: WEST })
  a.clock.now += SETTLE_MS
  return keyId
}

describe('CreateKey with MultiRegion', () => {
  it('makes a primary key with an mrk- id and its MultiRegionConfiguration', async () => {
    const { KeyMetadata } = await a.sdkEast.createKey({ MultiRegion: true, Description: 'orders' })
    expect(KeyMetadata?.KeyId).toMatch(/^mrk-[0-9a-f]{32}$/)
    expect(KeyMetadata?.MultiRegion).toBe(true)
    expect(KeyMetadata?.MultiRegionConfiguration).toEqual({
      MultiRegionKeyType: 'PRIMARY',
      PrimaryKey: { Arn: arnIn(EAST, KeyMetadata?.KeyId ?? ''), Region: EAST },
      ReplicaKeys: [],
    })
    const single = await a.sdkEast.createKey({})
    expect(single.KeyMetadata?.MultiRegion).toBe(false)
    expect(single.KeyMetadata?.MultiRegionConfiguration).toBeUndefined()
  })

  it('makes HMAC and asymmetric multi-Region keys too', async () => {
    for (const [KeySpec, KeyUsage] of [
      ['HMAC_256', 'GENERATE_VERIFY_MAC'],
      ['ECC_NIST_P256', 'SIGN_VERIFY'],
      ['RSA_2048', 'ENCRYPT_DECRYPT'],
    ] as const) {
      const { KeyMetadata } = await a.sdkEast.createKey({ MultiRegion: true, KeySpec, KeyUsage })
      expect(KeyMetadata?.KeyId).toMatch(/^mrk-/)
      expect(KeyMetadata?.MultiRegionConfiguration?.MultiRegionKeyType).toBe('PRIMARY')
    }
  })
})

describe('ReplicateKey', () => {
  it('makes a Creating replica with the same key id and its own policy, description and tags', async () => {
    const keyId = await primaryKey(a.sdkEast, {
      Description: 'primary',
      Tags: [{ TagKey: 'team', TagValue: 'east' }],
    })
    const out = await a.sdkEast.replicateKey({
      KeyId: keyId,
      ReplicaRegion: WEST,
      Description: 'replica',
      Tags: [{ TagKey: 'team', TagValue: 'west' }],
    })
    const replicaArn = arnIn(WEST, keyId)
    expect(out.ReplicaKeyMetadata).toMatchObject({
      KeyId: keyId,
      Arn: replicaArn,
      Description: 'replica',
      KeyState: 'Creating',
      Enabled: false,
      MultiRegion: true,
      MultiRegionConfiguration: {
        MultiRegionKeyType: 'REPLICA',
        PrimaryKey: { Arn: arnIn(EAST, keyId), Region: EAST },
        ReplicaKeys: [{ Arn: replicaArn, Region: WEST }],
      },
    })
    expect(out.ReplicaTags).toEqual([{ TagKey: 'team', TagValue: 'west' }])
    expect(JSON.parse(out.ReplicaPolicy ?? '')).toMatchObject({ Id: 'key-default-1' })
    expect((await a.sdkWest.listResourceTags({ KeyId: keyId })).Tags).toEqual([
      { TagKey: 'team', TagValue: 'west' },
    ])

    // The primary now lists its replica; DescribeKey agrees in both Regions.
    const primary = await a.sdkEast.describeKey({ KeyId: keyId })
    expect(primary.KeyMetadata?.MultiRegionConfiguration?.ReplicaKeys).toEqual([
      { Arn: replicaArn, Region: WEST },
    ])
    expect(primary.KeyMetadata?.Description).toBe('primary')
  })

  it('is Creating (no cryptography) until the simulated clock passes the replication', async () => {
    const keyId = await primaryKey(a.sdkEast)
    await a.sdkEast.replicateKey({ KeyId: keyId, ReplicaRegion: WEST })
    await expectKmsError(
      a.sdkWest.encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      KMSInvalidStateException,
      `${arnIn(WEST, keyId)} is creating.`,
    )
    await expectKmsError(a.sdkWest.disableKey({ KeyId: keyId }), KMSInvalidStateException)
    // Tags, description and policy can change while it is being created (Appendix C).
    await a.sdkWest.updateKeyDescription({ KeyId: keyId, Description: 'while creating' })
    a.clock.now += SETTLE_MS
    const { KeyMetadata } = await a.sdkWest.describeKey({ KeyId: keyId })
    expect(KeyMetadata?.KeyState).toBe('Enabled')
    expect(KeyMetadata?.Enabled).toBe(true)
  })

  it('refuses a Region that already has a related key, or the primary Region itself', async () => {
    const keyId = await replicated()
    await expectKmsError(
      a.sdkEast.replicateKey({ KeyId: keyId, ReplicaRegion: WEST }),
      AlreadyExistsException,
    )
    await expectKmsError(
      a.sdkEast.replicateKey({ KeyId: keyId, ReplicaRegion: EAST }),
      AlreadyExistsException,
    )
  })

  it('refuses a single-Region key and a replica as the source, as AWS words it', async () => {
    const single = (await a.sdkEast.createKey({})).KeyMetadata?.KeyId ?? ''
    await expectKmsError(
      a.sdkEast.replicateKey({ KeyId: single, ReplicaRegion: WEST }),
      UnsupportedOperationException,
      `${arnIn(EAST, single)} is not a multi-region primary key.`,
    )
    const keyId = await replicated()
    const third = createKms({
      region: 'ap-southeast-1',
      sameAccountAs: a.east,
      now: () => a.clock.now,
    })
    expect(third.accountId).toBe(ACCOUNT)
    await expectKmsError(
      a.sdkWest.replicateKey({ KeyId: keyId, ReplicaRegion: 'ap-southeast-1' }),
      UnsupportedOperationException,
      `${arnIn(WEST, keyId)} is not a multi-region primary key.`,
    )
  })

  it('names keys as AWS does: a malformed ARN, another Region, an unknown key', async () => {
    const keyId = await primaryKey(a.sdkEast)
    await expectKmsError(
      a.sdkEast.replicateKey({
        KeyId: `arn:aws:kms:${EAST}:${ACCOUNT}:nokey`,
        ReplicaRegion: WEST,
      }),
      InvalidArnException,
    )
    await expectKmsError(
      a.sdkWest.replicateKey({ KeyId: arnIn(EAST, keyId), ReplicaRegion: 'ap-southeast-1' }),
      NotFoundException,
      `Key '${arnIn(EAST, keyId)}' does not exist`,
    )
    await expectKmsError(
      a.sdkEast.replicateKey({ KeyId: `mrk-${'0'.repeat(32)}`, ReplicaRegion: WEST }),
      NotFoundException,
      `Key '${arnIn(EAST, `mrk-${'0'.repeat(32)}`)}' does not exist`,
    )
  })

  it('follows the primary key state: disabled, pending deletion', async () => {
    const keyId = await primaryKey(a.sdkEast)
    await a.sdkEast.disableKey({ KeyId: keyId })
    await expectKmsError(
      a.sdkEast.replicateKey({ KeyId: keyId, ReplicaRegion: WEST }),
      DisabledException,
      `${arnIn(EAST, keyId)} is disabled.`,
    )
    await a.sdkEast.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    await expectKmsError(
      a.sdkEast.replicateKey({ KeyId: keyId, ReplicaRegion: WEST }),
      KMSInvalidStateException,
      `${arnIn(EAST, keyId)} is pending deletion.`,
    )
  })

  it('replicates only into Regions joined to the account', async () => {
    const keyId = await primaryKey(a.sdkEast)
    await expectKmsError(
      a.sdkEast.replicateKey({ KeyId: keyId, ReplicaRegion: 'sa-east-1' }),
      UnsupportedOperationException,
      /no Region sa-east-1/,
    )
    await expectKmsError(
      a.sdkEast.replicateKey({ KeyId: keyId, ReplicaRegion: 'Mars' }),
      'ValidationException',
      /'replicaRegion' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    )
  })

  it('is recorded as ReplicateKey in the primary Region and CreateKey in the replica Region', async () => {
    const keyId = await replicated()
    const east = await a.east.auditTrail({ keyArn: arnIn(EAST, keyId) })
    expect(east.map((e) => e.eventName)).toContain('ReplicateKey')
    const west = await a.west.auditTrail({ keyArn: arnIn(WEST, keyId) })
    expect(west.map((e) => e.eventName)).toEqual(['CreateKey'])
    expect(west[0]?.responseElements).toMatchObject({
      KeyMetadata: { KeyState: 'Creating', MultiRegion: true },
    })
  })

  it('keeps aliases per Region', async () => {
    const keyId = await replicated()
    await a.sdkEast.createAlias({ AliasName: 'alias/orders', TargetKeyId: keyId })
    await expectKmsError(a.sdkWest.describeKey({ KeyId: 'alias/orders' }), NotFoundException)
    await a.sdkWest.createAlias({ AliasName: 'alias/orders-west', TargetKeyId: keyId })
    const west = await a.sdkWest.describeKey({ KeyId: 'alias/orders-west' })
    expect(west.KeyMetadata?.Arn).toBe(arnIn(WEST, keyId))
  })
})

describe('shared key material across Regions', () => {
  it('decrypts in one Region what the related key encrypted in another', async () => {
    const keyId = await replicated()
    const { CiphertextBlob } = await a.sdkEast.encrypt({
      KeyId: keyId,
      Plaintext: utf8('crosses Regions'),
      EncryptionContext: { table: 'orders' },
    })
    const west = await a.sdkWest.decrypt({
      CiphertextBlob,
      EncryptionContext: { table: 'orders' },
    })
    expect(text(west.Plaintext)).toBe('crosses Regions')
    expect(west.KeyId).toBe(arnIn(WEST, keyId))
    const named = await a.sdkWest.decrypt({
      CiphertextBlob,
      KeyId: arnIn(WEST, keyId),
      EncryptionContext: { table: 'orders' },
    })
    expect(text(named.Plaintext)).toBe('crosses Regions')
    // And back: the replica encrypts, the primary decrypts.
    const back = await a.sdkWest.encrypt({ KeyId: keyId, Plaintext: utf8('and back') })
    const east = await a.sdkEast.decrypt({ CiphertextBlob: back.CiphertextBlob })
    expect(text(east.Plaintext)).toBe('and back')
  })

  it('a single-Region key in another Region cannot decrypt (the ciphertext names a key that is not there)', async () => {
    const single = (await a.sdkEast.createKey({})).KeyMetadata?.KeyId ?? ''
    const { CiphertextBlob } = await a.sdkEast.encrypt({ KeyId: single, Plaintext: utf8('x') })
    await expectKmsError(a.sdkWest.decrypt({ CiphertextBlob }), 'AccessDeniedException')
  })

  it('signs in one Region and verifies in another; MACs likewise', async () => {
    const sign = await replicated({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })
    const { Signature } = await a.sdkEast.sign({
      KeyId: sign,
      Message: utf8('m'),
      SigningAlgorithm: 'ECDSA_SHA_256',
    })
    const verified = await a.sdkWest.verify({
      KeyId: sign,
      Message: utf8('m'),
      Signature,
      SigningAlgorithm: 'ECDSA_SHA_256',
    })
    expect(verified.SignatureValid).toBe(true)
    const east = await a.sdkEast.getPublicKey({ KeyId: sign })
    const west = await a.sdkWest.getPublicKey({ KeyId: sign })
    expect(west.PublicKey).toEqual(east.PublicKey)

    const mac = await replicated({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })
    const { Mac } = await a.sdkWest.generateMac({
      KeyId: mac,
      Message: utf8('m'),
      MacAlgorithm: 'HMAC_SHA_256',
    })
    const ok = await a.sdkEast.verifyMac({
      KeyId: mac,
      Message: utf8('m'),
      Mac,
      MacAlgorithm: 'HMAC_SHA_256',
    })
    expect(ok.MacValid).toBe(true)
  })
})

describe('rotation of related keys', () => {
  it('rotating the primary on demand rotates the replica; old and new ciphertext decrypt in both Regions', async () => {
    const keyId = await replicated()
    const before = await a.sdkEast.encrypt({ KeyId: keyId, Plaintext: utf8('old') })
    const original = (await a.sdkWest.describeKey({ KeyId: keyId })).KeyMetadata
    await a.sdkEast.rotateKeyOnDemand({ KeyId: keyId })
    const east = (await a.sdkEast.describeKey({ KeyId: keyId })).KeyMetadata
    const west = (await a.sdkWest.describeKey({ KeyId: keyId })).KeyMetadata
    expect(east?.CurrentKeyMaterialId).not.toBe(original?.CurrentKeyMaterialId)
    expect(west?.CurrentKeyMaterialId).toBe(east?.CurrentKeyMaterialId)
    const after = await a.sdkEast.encrypt({ KeyId: keyId, Plaintext: utf8('new') })
    expect(
      text((await a.sdkWest.decrypt({ CiphertextBlob: after.CiphertextBlob })).Plaintext),
    ).toBe('new')
    expect(
      text((await a.sdkWest.decrypt({ CiphertextBlob: before.CiphertextBlob })).Plaintext),
    ).toBe('old')
  })

  it('automatic rotation of the primary reaches the replica even when only the replica Region is called', async () => {
    const keyId = await replicated()
    await a.sdkEast.enableKeyRotation({ KeyId: keyId, RotationPeriodInDays: 90 })
    const status = await a.sdkWest.getKeyRotationStatus({ KeyId: keyId })
    expect(status.KeyRotationEnabled).toBe(true)
    expect(status.RotationPeriodInDays).toBe(90)
    const before = (await a.sdkWest.describeKey({ KeyId: keyId })).KeyMetadata?.CurrentKeyMaterialId
    a.clock.now += 91 * DAY_MS
    const west = (await a.sdkWest.describeKey({ KeyId: keyId })).KeyMetadata?.CurrentKeyMaterialId
    expect(west).not.toBe(before)
    const east = (await a.sdkEast.describeKey({ KeyId: keyId })).KeyMetadata?.CurrentKeyMaterialId
    expect(west).toBe(east)
    const rotations = await a.sdkWest.listKeyRotations({ KeyId: keyId })
    expect(rotations.Rotations?.map((r) => r.RotationType)).toEqual(['AUTOMATIC'])
  })

  it('a replica never rotates by itself, even in the Region whose due events run first', async () => {
    // Primary in the Region joined second, so its replica's Region is scanned first.
    const keyId = await primaryKey(a.sdkWest)
    await a.sdkWest.replicateKey({ KeyId: keyId, ReplicaRegion: EAST })
    a.clock.now += SETTLE_MS
    await a.sdkWest.enableKeyRotation({ KeyId: keyId, RotationPeriodInDays: 90 })
    a.clock.now += 91 * DAY_MS
    const east = await a.sdkEast.listKeyRotations({ KeyId: keyId })
    const west = await a.sdkWest.listKeyRotations({ KeyId: keyId })
    expect(east.Rotations).toHaveLength(1)
    expect(east.Rotations).toEqual(west.Rotations)
    // The rotation is the primary's: its Region records it, the replica's does not.
    const rotateEvents = async (kms: Kms, region: string) =>
      (await kms.auditTrail({ keyArn: arnIn(region, keyId) })).filter(
        (e) => e.eventName === 'RotateKey',
      )
    expect(await rotateEvents(a.west, WEST)).toHaveLength(1)
    expect(await rotateEvents(a.east, EAST)).toHaveLength(0)
  })

  it('refuses rotation changes on a replica', async () => {
    const keyId = await replicated()
    for (const call of [
      () => a.sdkWest.enableKeyRotation({ KeyId: keyId }),
      () => a.sdkWest.disableKeyRotation({ KeyId: keyId }),
      () => a.sdkWest.rotateKeyOnDemand({ KeyId: keyId }),
    ]) {
      await expectKmsError(call(), UnsupportedOperationException, /is a multi-Region replica key/)
    }
  })
})

describe('UpdatePrimaryRegion', () => {
  it('swaps primary and replica; both are Updating (cryptography still works) until it settles', async () => {
    const keyId = await replicated()
    await a.sdkEast.updatePrimaryRegion({ KeyId: keyId, PrimaryRegion: WEST })
    const east = (await a.sdkEast.describeKey({ KeyId: keyId })).KeyMetadata
    const west = (await a.sdkWest.describeKey({ KeyId: keyId })).KeyMetadata
    expect(east?.KeyState).toBe('Updating')
    expect(west?.KeyState).toBe('Updating')
    expect(west?.MultiRegionConfiguration).toEqual({
      MultiRegionKeyType: 'PRIMARY',
      PrimaryKey: { Arn: arnIn(WEST, keyId), Region: WEST },
      ReplicaKeys: [{ Arn: arnIn(EAST, keyId), Region: EAST }],
    })
    expect(east?.MultiRegionConfiguration?.MultiRegionKeyType).toBe('REPLICA')
    const { CiphertextBlob } = await a.sdkEast.encrypt({ KeyId: keyId, Plaintext: utf8('u') })
    expect(text((await a.sdkWest.decrypt({ CiphertextBlob })).Plaintext)).toBe('u')
    await expectKmsError(
      a.sdkWest.disableKey({ KeyId: keyId }),
      KMSInvalidStateException,
      `${arnIn(WEST, keyId)} is updating.`,
    )
    a.clock.now += SETTLE_MS
    expect((await a.sdkEast.describeKey({ KeyId: keyId })).KeyMetadata?.KeyState).toBe('Enabled')
    expect((await a.sdkWest.describeKey({ KeyId: keyId })).KeyMetadata?.KeyState).toBe('Enabled')
    // The new primary manages rotation and replication; the old one is a replica now.
    await a.sdkWest.rotateKeyOnDemand({ KeyId: keyId })
    await expectKmsError(
      a.sdkEast.rotateKeyOnDemand({ KeyId: keyId }),
      UnsupportedOperationException,
    )
    await expectKmsError(
      a.sdkEast.replicateKey({ KeyId: keyId, ReplicaRegion: 'ap-southeast-1' }),
      UnsupportedOperationException,
      `${arnIn(EAST, keyId)} is not a multi-region primary key.`,
    )
  })

  it('every related key, in every Region, shows the same primary and replicas', async () => {
    const AP = 'ap-southeast-1'
    const ap = createKms({ region: AP, sameAccountAs: a.east, now: () => a.clock.now })
    const sdkAp = sdkKms(ap, { region: AP })
    const keyId = await replicated()
    await a.sdkEast.replicateKey({ KeyId: keyId, ReplicaRegion: AP })
    a.clock.now += SETTLE_MS
    await a.sdkEast.updatePrimaryRegion({ KeyId: keyId, PrimaryRegion: AP })
    await expectKmsError(
      sdkAp.replicateKey({ KeyId: keyId, ReplicaRegion: WEST }),
      KMSInvalidStateException,
      `${arnIn(AP, keyId)} is updating.`,
    )
    for (const sdk of [a.sdkEast, a.sdkWest, sdkAp]) {
      const config = (await sdk.describeKey({ KeyId: keyId })).KeyMetadata?.MultiRegionConfiguration
      expect(config?.PrimaryKey).toEqual({ Arn: arnIn(AP, keyId), Region: AP })
      expect(config?.ReplicaKeys).toEqual([
        { Arn: arnIn(WEST, keyId), Region: WEST },
        { Arn: arnIn(EAST, keyId), Region: EAST },
      ])
    }
  })

  it('is recorded in both Regions', async () => {
    const keyId = await replicated()
    await a.sdkEast.updatePrimaryRegion({ KeyId: keyId, PrimaryRegion: WEST })
    const east = await a.east.auditTrail({ keyArn: arnIn(EAST, keyId) })
    const west = await a.west.auditTrail({ keyArn: arnIn(WEST, keyId) })
    expect(east[0]?.eventName).toBe('UpdatePrimaryRegion')
    expect(west[0]?.eventName).toBe('UpdatePrimaryRegion')
  })

  it('refuses a Region without a replica, a single-Region key, a replica and a disabled primary', async () => {
    const keyId = await replicated()
    await expectKmsError(
      a.sdkEast.updatePrimaryRegion({ KeyId: keyId, PrimaryRegion: 'ap-southeast-1' }),
      NotFoundException,
      `Key '${arnIn('ap-southeast-1', keyId)}' does not exist`,
    )
    await expectKmsError(
      a.sdkWest.updatePrimaryRegion({ KeyId: keyId, PrimaryRegion: EAST }),
      UnsupportedOperationException,
      `${arnIn(WEST, keyId)} is not a multi-region primary key.`,
    )
    const single = (await a.sdkEast.createKey({})).KeyMetadata?.KeyId ?? ''
    await expectKmsError(
      a.sdkEast.updatePrimaryRegion({ KeyId: single, PrimaryRegion: WEST }),
      UnsupportedOperationException,
    )
    await a.sdkEast.disableKey({ KeyId: keyId })
    await expectKmsError(
      a.sdkEast.updatePrimaryRegion({ KeyId: keyId, PrimaryRegion: WEST }),
      DisabledException,
      `${arnIn(EAST, keyId)} is disabled.`,
    )
  })
})

describe('deleting a primary key with replicas', () => {
  it('waits in PendingReplicaDeletion until the last replica is deleted, then its waiting period starts', async () => {
    const keyId = await replicated()
    const scheduled = await a.sdkEast.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    expect(scheduled.KeyState).toBe('PendingReplicaDeletion')
    expect(scheduled.DeletionDate).toBeUndefined()
    expect(scheduled.PendingWindowInDays).toBe(7)
    const waiting = (await a.sdkEast.describeKey({ KeyId: keyId })).KeyMetadata
    expect(waiting?.KeyState).toBe('PendingReplicaDeletion')
    expect(waiting?.PendingDeletionWindowInDays).toBe(7)
    expect(waiting?.DeletionDate).toBeUndefined()
    await expectKmsError(
      a.sdkEast.encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      KMSInvalidStateException,
      `${arnIn(EAST, keyId)} is pending replica deletion.`,
    )

    await a.sdkWest.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 10 })
    const replicaGone = a.clock.now + 10 * DAY_MS
    a.clock.now = replicaGone
    await expectKmsError(a.sdkWest.describeKey({ KeyId: keyId }), NotFoundException)
    const pending = (await a.sdkEast.describeKey({ KeyId: keyId })).KeyMetadata
    expect(pending?.KeyState).toBe('PendingDeletion')
    expect(pending?.DeletionDate).toEqual(new Date(replicaGone + 7 * DAY_MS))
    expect(pending?.MultiRegionConfiguration?.ReplicaKeys).toEqual([])
    a.clock.now += 7 * DAY_MS
    await expectKmsError(a.sdkEast.describeKey({ KeyId: keyId }), NotFoundException)
  })

  it('CancelKeyDeletion from PendingReplicaDeletion leaves the primary Disabled', async () => {
    const keyId = await replicated()
    await a.sdkEast.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    await a.sdkEast.cancelKeyDeletion({ KeyId: keyId })
    expect((await a.sdkEast.describeKey({ KeyId: keyId })).KeyMetadata?.KeyState).toBe('Disabled')
  })

  it('a deleted replica leaves the configuration, and the Region can get a replica again', async () => {
    const keyId = await replicated()
    await a.sdkWest.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    a.clock.now += 7 * DAY_MS
    const primary = (await a.sdkEast.describeKey({ KeyId: keyId })).KeyMetadata
    expect(primary?.MultiRegionConfiguration?.ReplicaKeys).toEqual([])
    const again = await a.sdkEast.replicateKey({ KeyId: keyId, ReplicaRegion: WEST })
    expect(again.ReplicaKeyMetadata?.KeyState).toBe('Creating')
  })
})
