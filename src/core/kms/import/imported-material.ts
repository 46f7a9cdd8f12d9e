import type { KeyRecord, SymmetricMaterialVersion } from '../key-record.ts'
import { hasMaterialNow } from './absent-material.ts'
import type {
  ExpirationModel,
  KeyMaterialId,
  RotationType,
  WrappingAlgorithm,
  WrappingKeySpec,
} from '../types.ts'

/**
 * One piece of imported key material as its key remembers it, whether or not the material is in
 * KMS now (after DeleteImportedKeyMaterial or expiry the key still knows its id, so the same
 * material can be imported again, and only that material).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html
 */
export interface ImportedMaterialInfo {
  /**
   * Derived from the material and the key id (import/material-id.ts), as AWS derives it: the
   * same material imported again into the same key has the same id.
   */
  readonly keyMaterialId: KeyMaterialId
  readonly description?: string
  readonly expirationModel: ExpirationModel
  /** Epoch ms; only with KEY_MATERIAL_EXPIRES. */
  readonly validTo?: number
  /** Epoch ms: first import, or for material that rotated in, the rotation. */
  readonly createdAt: number
  /** Absent for the first material and for material still pending rotation. */
  readonly rotationType?: RotationType
}

/** The wrapping key pair and import token of one GetParametersForImport response. */
export interface ImportParameters {
  /** The import token, hex: the token names these parameters, which the key keeps. */
  readonly token: string
  readonly wrappingAlgorithm: Extract<WrappingAlgorithm, 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256'>
  readonly wrappingKeySpec: Extract<WrappingKeySpec, 'RSA_2048' | 'RSA_3072' | 'RSA_4096'>
  /** NON-EXTRACTABLE RSA-OAEP private key, usable only to unwrap. */
  readonly privateKey: CryptoKey
  /** Epoch ms: 24 hours after the request. */
  readonly validTo: number
}

/** What a key with Origin EXTERNAL knows about its imported material. */
export interface ImportedKeyMaterial {
  /** Material permanently associated with the key, in the order it became current; current last. */
  readonly materials: readonly ImportedMaterialInfo[]
  /**
   * New material imported (ImportType NEW_KEY_MATERIAL) and waiting for RotateKeyOnDemand to
   * make it current (KeyMaterialState PENDING_ROTATION); not yet associated with the key.
   */
  readonly pending?: {
    readonly info: ImportedMaterialInfo
    readonly version: SymmetricMaterialVersion
  }
  /** Import parameters handed out and not yet replaced, newest last (at most MAX_PARAMETERS). */
  readonly parameters: readonly ImportParameters[]
}

/** The import tokens a key keeps; an older token is then InvalidImportTokenException. */
export const MAX_PARAMETERS = 10

/**
 * True when the key's material `id` is in KMS now (imported, not deleted or expired). An HMAC or
 * ECC key has one material at most, so its material being there is that material being there.
 */
export function isImportedNow(key: KeyRecord, id: KeyMaterialId): boolean {
  if (key.material.kind === 'symmetric') {
    return key.material.versions.some((v) => v.keyMaterialId === id)
  }
  return (
    hasMaterialNow(key.material) &&
    (key.imported?.materials.some((m) => m.keyMaterialId === id) ?? false)
  )
}

/** Every associated material is in KMS: the key can leave PendingImport. */
export function hasAllMaterial(key: KeyRecord): boolean {
  const materials = key.imported?.materials ?? []
  return materials.length > 0 && materials.every((m) => isImportedNow(key, m.keyMaterialId))
}

/** The current material of an EXTERNAL key, imported or not; undefined before the first import. */
export function currentImportedMaterial(key: KeyRecord): ImportedMaterialInfo | undefined {
  return key.imported?.materials.at(-1)
}

/**
 * The key's symmetric versions rebuilt in the order of its associated materials, from the
 * versions it has and, when given, one more (a material imported again).
 */
export function versionsInOrder(
  key: KeyRecord,
  materials: readonly ImportedMaterialInfo[],
  added?: SymmetricMaterialVersion,
): SymmetricMaterialVersion[] {
  const have = key.material.kind === 'symmetric' ? key.material.versions : []
  const out: SymmetricMaterialVersion[] = []
  for (const m of materials) {
    const version =
      have.find((v) => v.keyMaterialId === m.keyMaterialId) ??
      (added?.keyMaterialId === m.keyMaterialId ? added : undefined)
    if (version !== undefined) out.push(version)
  }
  return out
}

/**
 * The earliest ValidTo of the material in KMS now (the time the key next loses material), or
 * undefined when none of it expires.
 */
export function nextExpiry(key: KeyRecord): number | undefined {
  const imported = key.imported
  if (imported === undefined) return undefined
  const candidates = imported.materials.filter((m) => isImportedNow(key, m.keyMaterialId))
  if (imported.pending !== undefined) candidates.push(imported.pending.info)
  let earliest: number | undefined
  for (const m of candidates) {
    if (m.validTo !== undefined && (earliest === undefined || m.validTo < earliest)) {
      earliest = m.validTo
    }
  }
  return earliest
}
