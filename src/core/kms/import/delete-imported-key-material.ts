import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { NotFoundException } from '../errors.ts'
import type { KeyRecord } from '../key-record.ts'
import { assertSettled } from '../key-state.ts'
import { keyIdMember } from '../operations/common-members.ts'
import type { KeyArn, KeyMaterialId } from '../types.ts'
import { required, string } from '../validation/shape.ts'
import { absentMaterialOf } from './absent-material.ts'
import { currentImportedMaterial, type ImportedKeyMaterial } from './imported-material.ts'
import { importedOf } from './import-rules.ts'

export interface DeleteImportedKeyMaterialOutput {
  KeyId: KeyArn
  KeyMaterialId?: KeyMaterialId
}

/**
 * Deletes imported material from KMS at once (the current one unless KeyMaterialId names
 * another). The key remembers the material's id, so only the same material can be imported
 * again; until then a key that lost associated material is PendingImport (a pending deletion
 * stays pending). Material pending rotation is simply dropped: it was never the key's. On a
 * key that is PendingImport it has no effect.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteImportedKeyMaterial.html
 */
export const deleteImportedKeyMaterial = defineOperation({
  input: {
    KeyId: required(keyIdMember()),
    KeyMaterialId: string({ min: 64, max: 64, pattern: '^[a-f0-9]+$' }),
  },
  async run(rc, input): Promise<DeleteImportedKeyMaterialOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:DeleteImportedKeyMaterial', key)
    const imported = importedOf(key)
    assertSettled(key)
    const id = (input.KeyMaterialId ?? currentImportedMaterial(key)?.keyMaterialId) as
      KeyMaterialId | undefined
    const known =
      id !== undefined &&
      (imported.pending?.info.keyMaterialId === id ||
        imported.materials.some((m) => m.keyMaterialId === id))
    if (input.KeyMaterialId !== undefined && !known) {
      // Unverified text.
      throw new NotFoundException(
        `Key material ${input.KeyMaterialId} is not associated with ${key.arn}.`,
      )
    }
    if (id === undefined) return { KeyId: key.arn }
    await rc.store.keys.put(key.keyId, withoutMaterial(key, imported, id))
    return { KeyId: key.arn, KeyMaterialId: id }
  },
})

/**
 * The key without the material `id` in KMS: pending material is dropped, associated material
 * leaves the key's versions (its info stays) and an Enabled or Disabled key becomes
 * PendingImport. Also what expiry does (engine/apply-due-events.ts).
 */
export function withoutMaterial(
  key: KeyRecord,
  imported: ImportedKeyMaterial,
  id: KeyMaterialId,
): KeyRecord {
  if (imported.pending?.info.keyMaterialId === id) {
    const { pending: _dropped, ...rest } = imported
    return { ...key, imported: rest }
  }
  const state = key.state === 'Enabled' || key.state === 'Disabled' ? 'PendingImport' : key.state
  if (key.material.kind !== 'symmetric') {
    // An HMAC or ECC key has this one material: its CryptoKeys (and public key) go with it.
    return { ...key, state, material: absentMaterialOf(key.keySpec, key.keyUsage) }
  }
  const left = key.material.versions.filter((v) => v.keyMaterialId !== id)
  return { ...key, state, material: { kind: 'symmetric', versions: left } }
}
