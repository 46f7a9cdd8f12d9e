import { DAY_MS } from '../engine/engine-context.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import {
  ExpiredImportTokenException,
  IncorrectKeyMaterialException,
  InvalidImportTokenException,
  KMSInvalidStateException,
  UnsupportedOperationException,
  ValidationException,
} from '../errors.ts'
import { toHex } from '../ids.ts'
import type { KeyRecord } from '../key-record.ts'
import { keyIdMember } from '../operations/common-members.ts'
import {
  EXPIRATION_MODELS,
  IMPORT_TYPES,
  type ExpirationModel,
  type KeyArn,
  type KeyMaterialId,
} from '../types.ts'
import { blob, required, string, timestamp } from '../validation/shape.ts'
import {
  hasAllMaterial,
  versionsInOrder,
  type ImportedKeyMaterial,
  type ImportedMaterialInfo,
  type ImportParameters,
} from './imported-material.ts'
import { assertImportAllowed, importedOf } from './import-rules.ts'
import { relatedMaterialIds } from './related-material.ts'
import { materialOf, unwrapMaterialFor, type UnwrappedMaterial } from './unwrap-material.ts'

/** ValidTo may be at most 365 days after the request. */
const MAX_VALID_TO_MS = 365 * DAY_MS

export interface ImportKeyMaterialOutput {
  KeyId: KeyArn
  KeyMaterialId: KeyMaterialId
}

/**
 * Imports key material wrapped under the public key of an import token of this key. The first
 * import (ImportType NEW_KEY_MATERIAL, the default then) makes the material the key's and the key
 * Enabled; after that the default is EXISTING_KEY_MATERIAL: the same material again (after it was
 * deleted or expired, or to change its expiry), else IncorrectKeyMaterialException. NEW_KEY_MATERIAL
 * on a key that has material imports the next material, PENDING_ROTATION until RotateKeyOnDemand.
 * The material is unwrapped straight into non-extractable CryptoKeys (unwrap-material.ts).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html
 */
export const importKeyMaterial = defineOperation({
  input: {
    KeyId: required(keyIdMember()),
    ImportToken: required(blob({ min: 1, max: 6144 })),
    EncryptedKeyMaterial: required(blob({ min: 1, max: 6144 })),
    ValidTo: timestamp(),
    ExpirationModel: string({ enum: EXPIRATION_MODELS }),
    ImportType: string({ enum: IMPORT_TYPES }),
    KeyMaterialDescription: string({ min: 0, max: 256 }),
    KeyMaterialId: string({ min: 64, max: 64, pattern: '^[a-f0-9]+$' }),
  },
  async run(rc, input): Promise<ImportKeyMaterialOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    const expirationModel = input.ExpirationModel ?? 'KEY_MATERIAL_EXPIRES'
    await rc.authorize('kms:ImportKeyMaterial', key, { 'kms:ExpirationModel': expirationModel })
    const imported = importedOf(key)
    assertImportAllowed(key, 'import')
    const now = rc.now()
    const parameters = parametersOf(imported, input.ImportToken, now)
    const validTo = validToOf(expirationModel, input.ValidTo, now)
    const first = imported.materials.length === 0
    const importType = input.ImportType ?? (first ? 'NEW_KEY_MATERIAL' : 'EXISTING_KEY_MATERIAL')
    if (importType === 'NEW_KEY_MATERIAL' && input.KeyMaterialId !== undefined) {
      throw new ValidationException(
        'You cannot specify a KeyMaterialId when ImportType is NEW_KEY_MATERIAL.',
      )
    }
    // A multi-Region key's first material must be what a related key already took.
    const related = first ? await relatedMaterialIds(rc, key) : undefined
    const unwrapped = await unwrapMaterialFor(key, input.EncryptedKeyMaterial, parameters, now)
    const { keyMaterialId } = unwrapped
    const terms = {
      expirationModel,
      ...(validTo !== undefined && { validTo }),
      ...(input.KeyMaterialDescription !== undefined && {
        description: input.KeyMaterialDescription,
      }),
    }
    let updated: KeyRecord
    if (related !== undefined) {
      assertRelatedMaterial(key, related, keyMaterialId, input.KeyMaterialId)
      updated = importNew(key, imported, unwrapped, terms, now)
    } else {
      updated =
        importType === 'NEW_KEY_MATERIAL'
          ? importNew(key, imported, unwrapped, terms, now)
          : importExisting(key, imported, unwrapped, terms, input.KeyMaterialId)
    }
    await rc.store.keys.put(key.keyId, updated)
    return { KeyId: key.arn, KeyMaterialId: keyMaterialId }
  },
})

/**
 * The first material of a key whose related multi-Region keys already have material: "you must
 * import the same key material into the primary and each replica", so other material is
 * IncorrectKeyMaterialException (unverified text), as is a KeyMaterialId that does not name it.
 * Related keys share the key id, so the same material has the same KeyMaterialId in each.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-import.html
 */
function assertRelatedMaterial(
  key: KeyRecord,
  related: readonly KeyMaterialId[],
  id: KeyMaterialId,
  claimedId: string | undefined,
): void {
  if ((claimedId !== undefined && claimedId !== id) || !related.includes(id)) {
    // Unverified text: AWS's wording is not recorded.
    throw new IncorrectKeyMaterialException(
      `The key material is not the key material of the related multi-Region keys of ${key.arn}. Import the same key material into the primary key and each replica key.`,
    )
  }
}

type Terms = Pick<ImportedMaterialInfo, 'expirationModel' | 'validTo' | 'description'>

/** The token's parameters: this key's and not expired. */
function parametersOf(
  imported: ImportedKeyMaterial,
  token: Uint8Array,
  now: number,
): ImportParameters {
  const hex = toHex(token)
  const parameters = imported.parameters.find((p) => p.token === hex)
  if (parameters === undefined) {
    // Unverified text: AWS's wording of this error is not recorded.
    throw new InvalidImportTokenException(
      'The import token is not valid for this KMS key. Use the ImportToken from the same GetParametersForImport response as the public key.',
    )
  }
  if (parameters.validTo <= now) {
    // Unverified text.
    throw new ExpiredImportTokenException(
      'The import token has expired. Call GetParametersForImport for a new public key and import token.',
    )
  }
  return parameters
}

/** ValidTo is required with KEY_MATERIAL_EXPIRES (AWS-recorded text) and refused without it. */
function validToOf(model: ExpirationModel, validTo: Date | undefined, now: number) {
  if (model === 'KEY_MATERIAL_DOES_NOT_EXPIRE') {
    if (validTo !== undefined) {
      // Unverified text.
      throw new ValidationException(
        'A validTo date must not be set if the ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE',
      )
    }
    return undefined
  }
  if (validTo === undefined) {
    throw new ValidationException(
      'A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES',
    )
  }
  const time = validTo.getTime()
  if (time <= now || time > now + MAX_VALID_TO_MS) {
    // Unverified text.
    throw new ValidationException(
      'ValidTo must be in the future and no more than 365 days after the request.',
    )
  }
  return time
}

/**
 * NEW_KEY_MATERIAL: the key's first material (key → Enabled), or the next one, which waits for
 * RotateKeyOnDemand (PENDING_ROTATION; one at a time, AWS-recorded text). Only symmetric
 * encryption keys rotate, so an HMAC or ECC key takes no second material.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-on-demand.html
 */
function importNew(
  key: KeyRecord,
  imported: ImportedKeyMaterial,
  unwrapped: UnwrappedMaterial,
  terms: Terms,
  now: number,
): KeyRecord {
  const id = unwrapped.keyMaterialId
  const info: ImportedMaterialInfo = { keyMaterialId: id, createdAt: now, ...terms }
  if (imported.materials.length === 0) {
    return {
      ...key,
      state: 'Enabled',
      material: materialOf(unwrapped),
      imported: { ...imported, materials: [info] },
    }
  }
  if (!('version' in unwrapped)) {
    // Unverified text: AWS's wording for new material into a key that cannot rotate is not recorded.
    throw new UnsupportedOperationException(
      `${key.arn} key spec ${key.keySpec} cannot take new key material: only symmetric encryption KMS keys rotate imported key material. Import the same key material with ImportType EXISTING_KEY_MATERIAL.`,
    )
  }
  const version = unwrapped.version
  const pending = imported.pending
  if (pending !== undefined && pending.info.keyMaterialId !== id) {
    throw new KMSInvalidStateException(
      `New key material (id: ${id}) cannot be imported into KMS key ${key.keyId}, because another key material (id: ${pending.info.keyMaterialId}) is pending rotation.`,
    )
  }
  if (imported.materials.some((m) => m.keyMaterialId === id)) {
    // Unverified text: this material is already the key's; import it as EXISTING_KEY_MATERIAL.
    throw new IncorrectKeyMaterialException(
      `Key material ${id} is already associated with ${key.arn}. Import it with ImportType EXISTING_KEY_MATERIAL.`,
    )
  }
  if (key.multiRegion !== undefined) {
    // AWS rotates a multi-Region key with imported material on demand once the new material is
    // imported into the primary and each replica; the simulator does not follow it across Regions.
    throw new UnsupportedOperationException(
      `The KeyDeck simulator does not support new key material (on-demand rotation) in multi-Region keys with imported key material (${key.arn}). Real AWS KMS rotates them after the new material is imported into the primary key and each replica key.`,
    )
  }
  const description = terms.description ?? pending?.info.description
  return {
    ...key,
    imported: {
      ...imported,
      pending: {
        info: { ...info, ...(description !== undefined && { description }) },
        version,
      },
    },
  }
}

/**
 * EXISTING_KEY_MATERIAL: material the key already has (or has pending), imported again with new
 * expiry terms. Other material is IncorrectKeyMaterialException, as is a KeyMaterialId that does
 * not name the material sent. When every associated material is back, a PendingImport key is
 * Enabled again.
 */
function importExisting(
  key: KeyRecord,
  imported: ImportedKeyMaterial,
  unwrapped: UnwrappedMaterial,
  terms: Terms,
  claimedId: string | undefined,
): KeyRecord {
  const id = unwrapped.keyMaterialId
  if (claimedId !== undefined && claimedId !== id) {
    // Unverified text.
    throw new IncorrectKeyMaterialException(
      `The key material does not match KeyMaterialId ${claimedId}.`,
    )
  }
  const keep = (info: ImportedMaterialInfo): ImportedMaterialInfo => ({
    keyMaterialId: info.keyMaterialId,
    createdAt: info.createdAt,
    ...(info.rotationType !== undefined && { rotationType: info.rotationType }),
    ...terms,
    // "If you do not specify a key material description, KMS retains the value you specified".
    ...((terms.description ?? info.description) !== undefined && {
      description: terms.description ?? info.description,
    }),
  })
  if (imported.pending?.info.keyMaterialId === id && 'version' in unwrapped) {
    return {
      ...key,
      imported: {
        ...imported,
        pending: { info: keep(imported.pending.info), version: unwrapped.version },
      },
    }
  }
  const index = imported.materials.findIndex((m) => m.keyMaterialId === id)
  if (index < 0) {
    // Unverified text: AWS's wording is not recorded.
    throw new IncorrectKeyMaterialException(
      `The key material is not the key material of ${key.arn}. Import the same key material that was imported into this KMS key before.`,
    )
  }
  const materials = imported.materials.map((m, i) => (i === index ? keep(m) : m))
  // A material imported again keeps its place (and its cryptoKey if it never left).
  const restored: KeyRecord = {
    ...key,
    imported: { ...imported, materials },
    material:
      'version' in unwrapped
        ? { kind: 'symmetric', versions: versionsInOrder(key, materials, unwrapped.version) }
        : unwrapped.material,
  }
  const awake = restored.state === 'PendingImport' && hasAllMaterial(restored)
  return awake ? { ...restored, state: 'Enabled' } : restored
}
