import { assertAcceptableKeyPolicy } from '../engine/check-key-policy.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { summarizeForAudit } from '../audit/summarize.ts'
import { AlreadyExistsException, TagException } from '../errors.ts'
import { uuidV4 } from '../ids.ts'
import { keyMetadataOf, relatedKeyArn, type KeyMetadata } from '../key-metadata.ts'
import type { KeyRecord } from '../key-record.ts'
import { absentMaterialOf } from '../import/absent-material.ts'
import { assertSettled, assertUsableForCrypto } from '../key-state.ts'
import { keyIdMember } from '../operations/common-members.ts'
import { assertValidNewTags, MAX_TAGS_PER_KEY, tagsMember } from '../operations/tag-rules.ts'
import { defaultKeyPolicyText } from '../policy-texts.ts'
import type { Tag } from '../types.ts'
import { boolean, required, string } from '../validation/shape.ts'
import {
  assertMultiRegionPrimary,
  joinedRegion,
  MULTI_REGION_SETTLE_MS,
  regionMember,
  writeLinks,
} from './multi-region-rules.ts'

export interface ReplicateKeyOutput {
  ReplicaKeyMetadata: KeyMetadata
  ReplicaPolicy: string
  ReplicaTags: Tag[]
}

/**
 * Makes a replica of a multi-Region primary key in another joined Region of the account: the same
 * key id, key material, key spec, usage and rotation; its own key policy, description and tags
 * (never copied from the primary). The replica is Creating, then Enabled once the simulated clock
 * passes MULTI_REGION_SETTLE_MS. Needs kms:ReplicateKey on the primary key and kms:CreateKey
 * (IAM) in the replica's Region. CloudTrail: ReplicateKey in the primary's Region, CreateKey in
 * the replica's.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ReplicateKey.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/ct-replicate-key.html
 */
export const replicateKey = defineOperation({
  input: {
    KeyId: required(keyIdMember()),
    ReplicaRegion: required(regionMember()),
    Policy: string({ min: 1, max: 131072 }),
    BypassPolicyLockoutSafetyCheck: boolean(),
    Description: string({ min: 0, max: 8192 }),
    Tags: tagsMember(),
  },
  async run(rc, input): Promise<ReplicateKeyOutput> {
    const primary = await resolveKey(rc, input.KeyId, { allowAlias: false })
    const region = input.ReplicaRegion
    await rc.authorize('kms:ReplicateKey', primary, { 'kms:ReplicaRegion': region })
    assertMultiRegionPrimary(primary)
    assertReplicable(primary)
    const links = primary.multiRegion
    if (region === primary.region || links.replicaRegions.includes(region)) {
      throw new AlreadyExistsException(
        `A multi-Region key ${primary.keyId} already exists in Region ${region}.`,
      )
    }
    const target = joinedRegion(rc, region)
    await target.authorize(rc.caller, 'kms:CreateKey', undefined)
    const tags = input.Tags ?? []
    assertValidNewTags(tags)
    if (tags.length > MAX_TAGS_PER_KEY) throw new TagException('Too many tags')
    const arn = relatedKeyArn(primary.arn, region)
    const policy = input.Policy ?? defaultKeyPolicyText(rc.accountId)
    if (input.Policy !== undefined) {
      assertAcceptableKeyPolicy(input.Policy, {
        caller: rc.caller,
        accountId: rc.accountId,
        keyArn: arn,
        bypassLockoutCheck: input.BypassPolicyLockoutSafetyCheck === true,
      })
    }
    const now = rc.now()
    const newLinks = { ...links, replicaRegions: [...links.replicaRegions, region] }
    const replica: KeyRecord = {
      keyId: primary.keyId,
      arn,
      accountId: primary.accountId,
      region,
      creationDate: now,
      description: input.Description ?? '',
      keySpec: primary.keySpec,
      keyUsage: primary.keyUsage,
      origin: primary.origin,
      keyManager: primary.keyManager,
      state: 'Creating',
      settling: { until: now + MULTI_REGION_SETTLE_MS, then: 'Enabled' },
      policy,
      tags,
      rotation: primary.rotation,
      ...sharedMaterialOf(primary),
      multiRegion: newLinks,
    }
    await target.ctx.store.keys.put(replica.keyId, replica)
    await writeLinks(rc, primary.keyId, newLinks, [region])
    rc.touchKey(arn)
    const metadata = keyMetadataOf(replica)
    await target.record({
      eventTime: now,
      principal: rc.caller,
      eventName: 'CreateKey',
      requestId: uuidV4(rc.random),
      keyArns: [arn],
      requestParameters: summarizeForAudit({
        Description: replica.description,
        KeySpec: replica.keySpec,
        KeyUsage: replica.keyUsage,
        Origin: replica.origin,
        MultiRegion: true,
        Tags: tags,
      }),
      responseElements: summarizeForAudit({ KeyMetadata: metadata }),
    })
    return { ReplicaKeyMetadata: metadata, ReplicaPolicy: policy, ReplicaTags: [...tags] }
  },
})

/**
 * The primary must be usable; a primary with imported material may also be PendingImport (its
 * replicas are made without material either way, so nothing is copied). Unverified: AWS's pages
 * describe replicating after importing into the primary and do not say that a PendingImport
 * primary is refused, so the simulator allows it.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-import.html
 */
function assertReplicable(primary: KeyRecord): void {
  // PendingImport is a state of its own: not Disabled, PendingDeletion, Creating or Updating.
  if (primary.origin === 'EXTERNAL' && primary.state === 'PendingImport') return
  assertUsableForCrypto(primary)
  assertSettled(primary)
}

/**
 * The replica's material. AWS_KMS: the very same material (non-extractable CryptoKeys) as the
 * primary, a shared property. EXTERNAL: none; "the replica key is created with no key material"
 * and the learner imports the same material into it (import-key-material.ts checks that it is
 * the same, through related-material.ts), so it settles in PendingImport.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ReplicateKey.html
 */
function sharedMaterialOf(primary: KeyRecord): Pick<KeyRecord, 'material' | 'imported'> {
  if (primary.origin !== 'EXTERNAL') return { material: primary.material }
  return {
    material: absentMaterialOf(primary.keySpec, primary.keyUsage),
    imported: { materials: [], parameters: [] },
  }
}
