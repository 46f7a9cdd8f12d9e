import type { KeyMetadata } from '../kms/index.ts'
import type { Scenario, StepContext } from './scenario.ts'
import { ensureScenarioKey, KEY_ARN, KEY_ID } from './scenario-key.ts'
import { blobNoted, dateText, noteBlob, textOf, utf8 } from './scenario-text.ts'

/** Notes: the multi-Region key's id (the same in both Regions) and the Region of its replica. */
const MRK_ID = 'mrkId'
const REPLICA_REGION = 'replicaRegion'

/**
 * How long the simulator keeps a new replica `Creating` (MULTI_REGION_SETTLE_MS in
 * core/kms/multi-region/multi-region-rules.ts; AWS takes seconds to minutes). The step moves
 * the sandbox clock past it so the replica is usable at once.
 */
const REPLICATION_MS = 10_000

/** The account's second Region, or a failure the screen shows (the sandbox always has one). */
function replicaRegion(ctx: StepContext): string {
  const region = ctx.account.otherRegion?.region
  if (region === undefined) {
    throw new Error('This sandbox account has one Region only: a replica needs a second one.')
  }
  return region
}

function roleFacts(ctx: StepContext, where: string, key: KeyMetadata): void {
  const config = key.MultiRegionConfiguration
  if (config === undefined) {
    ctx.fact(`${where}: no MultiRegionConfiguration (a single-Region key).`)
    return
  }
  const replicas = config.ReplicaKeys.map((r) => r.Region).join(', ') || 'none'
  ctx.fact(
    `${where}: MultiRegionKeyType ${config.MultiRegionKeyType}, primary in ${config.PrimaryKey.Region}, replicas in ${replicas}; KeyState ${key.KeyState}.`,
  )
}

/**
 * Multi-Region keys: related keys in several Regions with the same key id and key material, so
 * ciphertext made in one Region decrypts in another. A key is multi-Region from its creation
 * (CreateKey with MultiRegion) or never; a primary with replicas waits for them before its own
 * deletion starts.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/mrk-how-it-works.html
 */
export const multiRegionKeysScenario: Scenario = {
  title: 'Create a multi-Region key, replicate it, delete the primary',
  summary:
    'A single-Region key cannot be replicated; a multi-Region primary can. Replicate one into a second Region, decrypt there what was encrypted here, and see what deleting the primary does while its replica exists.',
  async setup(ctx) {
    await ensureScenarioKey(ctx, {
      alias: 'alias/keydeck/single-region',
      description: 'KeyDeck scenario: a single-Region key',
    })
    ctx.fact(`The account has a second Region for the replica: ${replicaRegion(ctx)}.`)
  },
  steps: [
    {
      title: 'Try to replicate a single-Region key',
      explain:
        'A key is multi-Region only if CreateKey said MultiRegion: true. No call turns an existing single-Region key into one: ReplicateKey refuses it.',
      action: 'Replicate the single-Region key',
      async run(ctx) {
        const keyId = ctx.read(KEY_ID)
        const { KeyMetadata } = await ctx.kms('DescribeKey', { KeyId: keyId })
        ctx.fact(`DescribeKey: MultiRegion ${String(KeyMetadata.MultiRegion)}.`)
        const error = await ctx.expectError('UnsupportedOperationException', () =>
          ctx.kms('ReplicateKey', { KeyId: keyId, ReplicaRegion: replicaRegion(ctx) }),
        )
        ctx.fact(`${error.name}: ${error.message}`)
        ctx.fact(
          'MultiRegion is fixed when the key is created. To move data to multi-Region keys, create one and re-encrypt.',
        )
      },
    },
    {
      title: 'Create a multi-Region primary key',
      explain:
        'CreateKey with MultiRegion: true makes a primary key. Its id starts with mrk-, and every replica will have the same id.',
      action: 'Create a multi-Region key',
      async run(ctx) {
        const { KeyMetadata } = await ctx.kms('CreateKey', {
          Description: 'KeyDeck scenario: multi-Region primary',
          MultiRegion: true,
        })
        ctx.note(MRK_ID, KeyMetadata.KeyId)
        ctx.note(KEY_ARN, KeyMetadata.Arn)
        ctx.fact(`KeyId: ${KeyMetadata.KeyId} (mrk- marks a multi-Region key).`)
        roleFacts(ctx, `In ${ctx.account.kms.region}`, KeyMetadata)
      },
    },
    {
      title: 'Replicate it into another Region',
      explain:
        'ReplicateKey makes a replica in another Region: same key id, same key material, its own key policy and tags. It is Creating for a moment, then Enabled.',
      action: 'Replicate the key',
      async run(ctx) {
        const keyId = ctx.read(MRK_ID)
        const region = replicaRegion(ctx)
        const { ReplicaKeyMetadata } = await ctx.kms('ReplicateKey', {
          KeyId: keyId,
          ReplicaRegion: region,
          Description: 'KeyDeck scenario: multi-Region replica',
        })
        ctx.note(REPLICA_REGION, region)
        ctx.fact(`Replica ${ReplicaKeyMetadata.Arn}: KeyState ${ReplicaKeyMetadata.KeyState}.`)
        await ctx.account.advanceClock(REPLICATION_MS)
        ctx.record({
          service: 'clock',
          operation: 'Advance',
          request: { seconds: REPLICATION_MS / 1000 },
          response: { now: dateText(ctx.account.now()) },
        })
        const { KeyMetadata } = await ctx.kmsIn(region, 'DescribeKey', { KeyId: keyId })
        ctx.fact(`Seconds later, in ${region}: KeyState ${KeyMetadata.KeyState}.`)
      },
    },
    {
      title: 'Encrypt here, decrypt there',
      explain: `Encrypt in the primary's Region, then Decrypt the same ciphertext in the replica's Region. No call goes across Regions: the replica has the same key material.`,
      action: 'Encrypt here, decrypt in the other Region',
      async run(ctx) {
        const keyId = ctx.read(MRK_ID)
        const region = ctx.read(REPLICA_REGION)
        const { CiphertextBlob } = await ctx.kms('Encrypt', {
          KeyId: keyId,
          Plaintext: utf8('encrypted in one Region'),
        })
        ctx.note('ciphertext', noteBlob(CiphertextBlob))
        const out = await ctx.kmsIn(region, 'Decrypt', { CiphertextBlob })
        ctx.fact(`Decrypt in ${region}: “${textOf(out.Plaintext)}”, by ${out.KeyId}.`)
      },
    },
    {
      title: 'Read MultiRegionConfiguration in both Regions',
      explain:
        'DescribeKey in each Region shows the key set: which key is the primary, and where its replicas are. Only the primary can be replicated.',
      action: 'Describe the key in both Regions',
      async run(ctx) {
        const keyId = ctx.read(MRK_ID)
        const region = ctx.read(REPLICA_REGION)
        const here = await ctx.kms('DescribeKey', { KeyId: keyId })
        const there = await ctx.kmsIn(region, 'DescribeKey', { KeyId: keyId })
        roleFacts(ctx, `In ${ctx.account.kms.region}`, here.KeyMetadata)
        roleFacts(ctx, `In ${region}`, there.KeyMetadata)
      },
    },
    {
      title: 'Schedule deletion of the primary',
      explain:
        'A primary key that still has replicas does not start its waiting period: it is PendingReplicaDeletion until every replica is deleted, and cannot be used meanwhile. The replica goes on working.',
      action: 'Schedule deletion of the primary',
      async run(ctx) {
        const keyId = ctx.read(MRK_ID)
        const region = ctx.read(REPLICA_REGION)
        const scheduled = await ctx.kms('ScheduleKeyDeletion', {
          KeyId: keyId,
          PendingWindowInDays: 7,
        })
        ctx.fact(
          `ScheduleKeyDeletion: KeyState ${scheduled.KeyState}, ${scheduled.DeletionDate === undefined ? 'no DeletionDate yet' : `DeletionDate ${dateText(scheduled.DeletionDate)}`}.`,
        )
        const error = await ctx.expectError('KMSInvalidStateException', () =>
          ctx.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('after the deletion was scheduled') }),
        )
        ctx.fact(`Encrypt with the primary: ${error.name}: ${error.message}`)
        const out = await ctx.kmsIn(region, 'Decrypt', {
          CiphertextBlob: blobNoted(ctx.read('ciphertext')),
        })
        ctx.fact(`Decrypt in ${region} still works: “${textOf(out.Plaintext)}”.`)
        ctx.fact(
          `Only once the replica in ${region} is deleted does the primary become PendingDeletion, and its 7-day waiting period begins.`,
        )
      },
    },
  ],
}
