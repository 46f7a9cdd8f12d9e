import { DAY_MS, type EngineContext } from '../engine/engine-context.ts'
import type { KeyRecord } from '../key-record.ts'

/**
 * A deleted replica leaves its related keys' MultiRegionConfiguration. When it was the last
 * replica of a primary waiting in PendingReplicaDeletion, the primary's waiting period starts
 * then: PendingDeletion, deleted `PendingWindowInDays` after the replica was.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-delete.html
 */
export async function detachDeletedKey(
  ctx: EngineContext,
  deleted: KeyRecord,
  deletedAt: number,
): Promise<void> {
  const links = deleted.multiRegion
  if (links === undefined) return
  const replicaRegions = links.replicaRegions.filter((region) => region !== deleted.region)
  for (const region of [links.primaryRegion, ...replicaRegions]) {
    if (region === deleted.region) continue
    const store = ctx.regions.get(region)?.ctx.store
    const related = await store?.keys.get(deleted.keyId)
    if (store === undefined || related === undefined) continue
    let updated: KeyRecord = { ...related, multiRegion: { ...links, replicaRegions } }
    if (
      updated.state === 'PendingReplicaDeletion' &&
      replicaRegions.length === 0 &&
      updated.pendingWindowInDays !== undefined
    ) {
      updated = {
        ...updated,
        state: 'PendingDeletion',
        deletionDate: deletedAt + updated.pendingWindowInDays * DAY_MS,
      }
    }
    await store.keys.put(updated.keyId, updated)
  }
}
