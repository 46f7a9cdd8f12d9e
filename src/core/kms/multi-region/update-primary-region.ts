import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { NotFoundException, UnsupportedOperationException } from '../errors.ts'
import { uuidV4 } from '../ids.ts'
import { relatedKeyArn } from '../key-metadata.ts'
import type { KeyRecord, MultiRegionLinks, SettlingState } from '../key-record.ts'
import { assertNotPendingDeletion, assertNotCreating, assertUsableForCrypto } from '../key-state.ts'
import { keyIdMember } from '../operations/common-members.ts'
import { required } from '../validation/shape.ts'
import {
  assertMultiRegionPrimary,
  joinedRegion,
  MULTI_REGION_SETTLE_MS,
  regionMember,
  writeLinks,
} from './multi-region-rules.ts'

/**
 * Makes the replica in `PrimaryRegion` the primary key and the current primary one of its
 * replicas. Both keys are Updating until the change settles on the simulated clock
 * (MULTI_REGION_SETTLE_MS), then take back their states; cryptographic operations work
 * meanwhile. Needs kms:UpdatePrimaryRegion on both keys, each in its own Region. CloudTrail: an
 * UpdatePrimaryRegion entry in each of the two Regions.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdatePrimaryRegion.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/ct-update-primary-region.html
 */
export const updatePrimaryRegion = defineOperation({
  input: { KeyId: required(keyIdMember()), PrimaryRegion: required(regionMember()) },
  async run(rc, input): Promise<void> {
    const primary = await resolveKey(rc, input.KeyId, { allowAlias: false })
    const region = input.PrimaryRegion
    const conditions = { 'kms:PrimaryRegion': region }
    await rc.authorize('kms:UpdatePrimaryRegion', primary, conditions)
    assertMultiRegionPrimary(primary)
    assertUsableForCrypto(primary)
    if (region === primary.region) {
      throw new UnsupportedOperationException(
        `${primary.arn} is already the primary key; its Region is ${region}.`,
      )
    }
    const replicaArn = relatedKeyArn(primary.arn, region)
    const links = primary.multiRegion
    if (!links.replicaRegions.includes(region)) {
      throw new NotFoundException(`Key '${replicaArn}' does not exist`)
    }
    const target = joinedRegion(rc, region)
    const replica = await target.ctx.store.keys.get(primary.keyId)
    if (replica === undefined) throw new NotFoundException(`Key '${replicaArn}' does not exist`)
    rc.touchKey(replicaArn)
    await target.authorize(rc.caller, 'kms:UpdatePrimaryRegion', replica, conditions)
    assertNotCreating(replica)
    assertNotPendingDeletion(replica)

    const newLinks: MultiRegionLinks = {
      primaryRegion: region,
      replicaRegions: links.replicaRegions.map((r) => (r === region ? primary.region : r)),
    }
    const now = rc.now()
    const updating = (key: KeyRecord): KeyRecord => ({
      ...key,
      state: 'Updating',
      settling: { until: now + MULTI_REGION_SETTLE_MS, then: settledStateOf(key) },
      multiRegion: newLinks,
    })
    await target.ctx.store.keys.put(replica.keyId, updating(replica))
    await rc.store.keys.put(primary.keyId, updating(primary))
    await writeLinks(rc, primary.keyId, newLinks, [region, primary.region])
    await target.record({
      eventTime: now,
      principal: rc.caller,
      eventName: 'UpdatePrimaryRegion',
      requestId: uuidV4(rc.random),
      keyArns: [replicaArn],
      requestParameters: { keyId: input.KeyId, primaryRegion: region },
      responseElements: { keyId: replicaArn },
    })
  },
})

/** The state a key takes back after Updating. */
function settledStateOf(key: KeyRecord): SettlingState['then'] {
  if (key.state === 'Updating') return key.settling?.then ?? 'Enabled'
  return key.state === 'Disabled' ? 'Disabled' : 'Enabled'
}
