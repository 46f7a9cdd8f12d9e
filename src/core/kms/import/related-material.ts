import type { EngineContext } from '../engine/engine-context.ts'
import type { KeyRecord } from '../key-record.ts'
import type { KeyMaterialId } from '../types.ts'

/**
 * The ids of the material a related multi-Region key already took (the primary's first), or
 * undefined when none of them has any yet (or the key is single-Region). Related keys share
 * their key id, and a KeyMaterialId is derived from the key id and the material
 * (`materialIdOf` in import/wrapping-key.ts), so the same material has the same id in every related key: that is
 * how a key proves it got "the same key material" as the others without reading any material.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-import.html
 */
export async function relatedMaterialIds(
  ctx: EngineContext,
  key: KeyRecord,
): Promise<readonly KeyMaterialId[] | undefined> {
  const links = key.multiRegion
  if (links === undefined) return undefined
  for (const region of [links.primaryRegion, ...links.replicaRegions]) {
    if (region === key.region) continue
    const related = await ctx.regions.get(region)?.ctx.store.keys.get(key.keyId)
    const materials = related?.imported?.materials ?? []
    if (materials.length > 0) return materials.map((m) => m.keyMaterialId)
  }
  return undefined
}
