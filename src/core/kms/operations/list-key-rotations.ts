import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { isImportedNow } from '../import/imported-material.ts'
import type { KeyRecord } from '../key-record.ts'
import type { ExpirationModel, KeyId, KeyMaterialId, RotationType } from '../types.ts'
import { required, string } from '../validation/shape.ts'
import { keyIdMember, limitMember, markerMember } from './common-members.ts'
import { paginate, pagingMembers, type PagingMembers } from './paginate.ts'
import { assertRotatableSpec } from './rotation-rules.ts'

export interface RotationsListEntry {
  KeyId: KeyId
  KeyMaterialId: KeyMaterialId
  /** The import members are for keys with imported material (Origin EXTERNAL) only. */
  KeyMaterialDescription?: string
  ImportState?: 'IMPORTED' | 'PENDING_IMPORT'
  KeyMaterialState: 'CURRENT' | 'NON_CURRENT' | 'PENDING_ROTATION'
  ExpirationModel?: ExpirationModel
  ValidTo?: Date
  RotationDate?: Date
  RotationType?: RotationType
}

interface Listed {
  readonly keyMaterialId: KeyMaterialId
  readonly createdAt: number
  readonly rotationType?: RotationType
}

export interface ListKeyRotationsOutput extends PagingMembers {
  Rotations: RotationsListEntry[]
}

/**
 * Completed rotations, oldest first. The original material (no rotation) is listed only with
 * IncludeKeyMaterial ALL_KEY_MATERIAL.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeyRotations.html
 */
export const listKeyRotations = defineOperation({
  input: {
    KeyId: required(keyIdMember()),
    IncludeKeyMaterial: string({ enum: ['ALL_KEY_MATERIAL', 'ROTATIONS_ONLY'] }),
    Limit: limitMember(1000),
    Marker: markerMember(),
  },
  async run(rc, input): Promise<ListKeyRotationsOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:ListKeyRotations', key)
    assertRotatableSpec(key)
    const versions: readonly Listed[] =
      key.imported?.materials ?? (key.material.kind === 'symmetric' ? key.material.versions : [])
    const all = input.IncludeKeyMaterial === 'ALL_KEY_MATERIAL'
    const entries = versions
      .map((v, index) => ({ v, index }))
      .filter(({ v }) => all || v.rotationType !== undefined)
    // Material imported for the next rotation is listed after the rest, with ALL_KEY_MATERIAL.
    const pending = key.imported?.pending?.info
    if (all && pending !== undefined) entries.push({ v: pending, index: versions.length })
    const sortKey = ({ index }: { index: number }) => String(index).padStart(8, '0')
    const page = paginate(entries, sortKey, input.Limit ?? 100, input.Marker)
    const rotations = page.items.map(({ v, index }): RotationsListEntry => {
      const entry: RotationsListEntry = {
        KeyId: key.keyId,
        KeyMaterialId: v.keyMaterialId,
        KeyMaterialState:
          index === versions.length
            ? 'PENDING_ROTATION'
            : index === versions.length - 1
              ? 'CURRENT'
              : 'NON_CURRENT',
      }
      Object.assign(entry, importMembersOf(key, v.keyMaterialId))
      if (v.rotationType !== undefined) {
        entry.RotationDate = new Date(v.createdAt)
        entry.RotationType = v.rotationType
      }
      return entry
    })
    return {
      Rotations: rotations,
      ...pagingMembers(page),
    }
  },
})

/** ImportState, ExpirationModel, ValidTo and KeyMaterialDescription of imported material. */
function importMembersOf(key: KeyRecord, id: KeyMaterialId): Partial<RotationsListEntry> {
  const imported = key.imported
  if (imported === undefined) return {}
  const pending = imported.pending
  const info =
    pending?.info.keyMaterialId === id
      ? pending.info
      : imported.materials.find((m) => m.keyMaterialId === id)
  if (info === undefined) return {}
  const members: Partial<RotationsListEntry> = {
    ImportState:
      pending?.info.keyMaterialId === id || isImportedNow(key, id) ? 'IMPORTED' : 'PENDING_IMPORT',
    ExpirationModel: info.expirationModel,
  }
  if (info.description !== undefined) members.KeyMaterialDescription = info.description
  if (info.validTo !== undefined) members.ValidTo = new Date(info.validTo)
  return members
}
