import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import type { KeyId, KeyMaterialId, RotationType } from '../types.ts'
import { required, string } from '../validation/shape.ts'
import { keyIdMember, limitMember, markerMember } from './common-members.ts'
import { paginate, pagingMembers, type PagingMembers } from './paginate.ts'
import { assertRotatableSpec } from './rotation-rules.ts'

export interface RotationsListEntry {
  KeyId: KeyId
  KeyMaterialId: KeyMaterialId
  KeyMaterialState: 'CURRENT' | 'NON_CURRENT'
  RotationDate?: Date
  RotationType?: RotationType
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
    const versions = key.material.kind === 'symmetric' ? key.material.versions : []
    const all = input.IncludeKeyMaterial === 'ALL_KEY_MATERIAL'
    const entries = versions
      .map((v, index) => ({ v, index }))
      .filter(({ v }) => all || v.rotationType !== undefined)
    const sortKey = ({ index }: { index: number }) => String(index).padStart(8, '0')
    const page = paginate(entries, sortKey, input.Limit ?? 100, input.Marker)
    const rotations = page.items.map(({ v, index }): RotationsListEntry => {
      const entry: RotationsListEntry = {
        KeyId: key.keyId,
        KeyMaterialId: v.keyMaterialId,
        KeyMaterialState: index === versions.length - 1 ? 'CURRENT' : 'NON_CURRENT',
      }
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
