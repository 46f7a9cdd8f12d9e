import type { AccountRegions } from '../engine/engine-context.ts'
import type { KeyMaterial, KeyRecord, RotationSettings } from '../key-record.ts'

/**
 * Related multi-Region keys share their key material and their rotation: AWS copies the primary's
 * shared properties to its replicas (the SynchronizeMultiRegionKey event). The simulator does it
 * with every write of a primary key, so a replica never has other material than its primary:
 * a rotation of the primary (automatic or on demand) rotates every replica at once, and
 * enabling or disabling rotation on the primary shows on the replicas. Keys with imported material
 * are the exception: nothing is synchronized.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-import.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html#mrk-sync-properties
 */
export async function synchronizeReplicas(
  regions: AccountRegions,
  primary: KeyRecord,
): Promise<void> {
  const links = primary.multiRegion
  if (links === undefined || links.primaryRegion !== primary.region) return
  // Imported material is not shared: each related key gets it by its own import, and its
  // expiry and deletion are the key's own (multi-region-keys-import.html).
  if (primary.origin === 'EXTERNAL') return
  for (const region of links.replicaRegions) {
    const store = regions.get(region)?.ctx.store
    const replica = await store?.keys.get(primary.keyId)
    if (store === undefined || replica === undefined) continue
    if (
      sameMaterial(replica.material, primary.material) &&
      sameRotation(replica.rotation, primary.rotation)
    ) {
      continue
    }
    await store.keys.put(replica.keyId, {
      ...replica,
      material: primary.material,
      rotation: primary.rotation,
    })
  }
}

/** Only symmetric material changes (by rotation); the same generations means the same material. */
function sameMaterial(a: KeyMaterial, b: KeyMaterial): boolean {
  if (a.kind !== 'symmetric' || b.kind !== 'symmetric') return true
  return (
    a.versions.length === b.versions.length &&
    a.versions.at(-1)?.keyMaterialId === b.versions.at(-1)?.keyMaterialId
  )
}

function sameRotation(a: RotationSettings, b: RotationSettings): boolean {
  return (
    a.enabled === b.enabled &&
    a.periodInDays === b.periodInDays &&
    a.nextRotationDate === b.nextRotationDate &&
    a.onDemandRotations === b.onDemandRotations
  )
}
