import type { EngineContext, RegionHandle } from '../engine/engine-context.ts'
import { UnsupportedOperationException } from '../errors.ts'
import type { KeyRecord, MultiRegionLinks } from '../key-record.ts'
import { string } from '../validation/shape.ts'

/**
 * How long AWS's asynchronous multi-Region work takes in the simulator, on its clock: a new
 * replica is Creating, and both keys of UpdatePrimaryRegion are Updating, for this long. AWS
 * documents no duration ("asynchronous"); a few seconds is what it usually takes.
 */
export const MULTI_REGION_SETTLE_MS = 10_000

/** A Region name as the KMS model constrains ReplicaRegion and PrimaryRegion. */
export const regionMember = () => string({ min: 1, max: 32, pattern: '^([a-z]+-){2,3}\\d+$' })

/** The primary key of a multi-Region key, or UnsupportedOperationException as AWS words it. */
export function assertMultiRegionPrimary(
  key: KeyRecord,
): asserts key is KeyRecord & { multiRegion: MultiRegionLinks } {
  if (key.multiRegion === undefined || key.multiRegion.primaryRegion !== key.region) {
    throw new UnsupportedOperationException(`${key.arn} is not a multi-region primary key.`)
  }
}

/** A joined Region of this account, or UnsupportedOperationException naming the gap. */
export function joinedRegion(ctx: EngineContext, region: string): RegionHandle {
  const handle = ctx.regions.get(region)
  if (handle === undefined) {
    throw new UnsupportedOperationException(
      `The KeyDeck simulator has no Region ${region} in account ${ctx.accountId}. Join one with createKms({ region, sameAccountAs }).`,
    )
  }
  return handle
}

/** Writes the new links on every related key (other than those the caller writes itself). */
export async function writeLinks(
  ctx: EngineContext,
  keyId: KeyRecord['keyId'],
  links: MultiRegionLinks,
  skipRegions: readonly string[],
): Promise<void> {
  for (const region of [links.primaryRegion, ...links.replicaRegions]) {
    if (skipRegions.includes(region)) continue
    const store = ctx.regions.get(region)?.ctx.store
    const related = await store?.keys.get(keyId)
    if (store === undefined || related === undefined) continue
    await store.keys.put(keyId, { ...related, multiRegion: links })
  }
}
