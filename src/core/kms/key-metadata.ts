import type { KeyRecord, MultiRegionLinks } from './key-record.ts'
import { currentSymmetricVersion } from './key-record.ts'
import {
  encryptionAlgorithmsOf,
  keyAgreementAlgorithmsOf,
  macAlgorithmsOf,
  signingAlgorithmsOf,
} from './key-spec-rules.ts'
import { currentImportedMaterial } from './import/imported-material.ts'
import type {
  EncryptionAlgorithmSpec,
  ExpirationModel,
  KeyAgreementAlgorithmSpec,
  KeyArn,
  KeyId,
  KeyManager,
  KeyMaterialId,
  KeySpec,
  KeyState,
  KeyUsage,
  MacAlgorithmSpec,
  Origin,
  SigningAlgorithmSpec,
} from './types.ts'

/**
 * What DescribeKey and CreateKey return about a key.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html
 */
export interface KeyMetadata {
  AWSAccountId: string
  KeyId: KeyId
  Arn: KeyArn
  CreationDate: Date
  Enabled: boolean
  Description: string
  KeyUsage: KeyUsage
  KeyState: KeyState
  DeletionDate?: Date
  Origin: Origin
  KeyManager: KeyManager
  /** Deprecated synonym of KeySpec; AWS still returns both. */
  CustomerMasterKeySpec: KeySpec
  KeySpec: KeySpec
  EncryptionAlgorithms?: EncryptionAlgorithmSpec[]
  SigningAlgorithms?: SigningAlgorithmSpec[]
  MacAlgorithms?: MacAlgorithmSpec[]
  KeyAgreementAlgorithms?: KeyAgreementAlgorithmSpec[]
  MultiRegion: boolean
  MultiRegionConfiguration?: MultiRegionConfiguration
  /** Only while PendingReplicaDeletion: the waiting period that starts when the last replica goes. */
  PendingDeletionWindowInDays?: number
  CurrentKeyMaterialId?: KeyMaterialId
  /** Origin EXTERNAL only, once material was imported: the current material's. */
  ExpirationModel?: ExpirationModel
  /** Origin EXTERNAL with KEY_MATERIAL_EXPIRES: the earliest expiry of the key's material. */
  ValidTo?: Date
}

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_MultiRegionConfiguration.html */
export interface MultiRegionConfiguration {
  MultiRegionKeyType: 'PRIMARY' | 'REPLICA'
  PrimaryKey: MultiRegionKey
  /** Every replica, the described key too when it is one. */
  ReplicaKeys: MultiRegionKey[]
}

export interface MultiRegionKey {
  Arn: KeyArn
  Region: string
}

export function keyMetadataOf(key: KeyRecord): KeyMetadata {
  const metadata: KeyMetadata = {
    AWSAccountId: key.accountId,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: new Date(key.creationDate),
    Enabled: key.state === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.state,
    Origin: key.origin,
    KeyManager: key.keyManager,
    CustomerMasterKeySpec: key.keySpec,
    KeySpec: key.keySpec,
    MultiRegion: key.multiRegion !== undefined,
  }
  if (key.state === 'PendingDeletion' && key.deletionDate !== undefined) {
    metadata.DeletionDate = new Date(key.deletionDate)
  }
  if (key.state === 'PendingReplicaDeletion' && key.pendingWindowInDays !== undefined) {
    metadata.PendingDeletionWindowInDays = key.pendingWindowInDays
  }
  if (key.multiRegion !== undefined) {
    metadata.MultiRegionConfiguration = multiRegionConfigurationOf(key, key.multiRegion)
  }
  Object.assign(metadata, algorithmFieldsOf(key))
  if (key.imported !== undefined) {
    Object.assign(metadata, importFieldsOf(key))
    return metadata
  }
  const current = currentSymmetricVersion(key)
  if (current !== undefined) metadata.CurrentKeyMaterialId = current.keyMaterialId
  return metadata
}

/**
 * A key with imported material: its current material's id (in KMS or not) and expiration
 * model, and ValidTo, "the earliest time at which any imported key material permanently
 * associated with this KMS key expires".
 */
function importFieldsOf(
  key: KeyRecord,
): Pick<KeyMetadata, 'CurrentKeyMaterialId' | 'ExpirationModel' | 'ValidTo'> {
  const current = currentImportedMaterial(key)
  if (current === undefined) return {}
  const fields: Pick<KeyMetadata, 'CurrentKeyMaterialId' | 'ExpirationModel' | 'ValidTo'> = {
    CurrentKeyMaterialId: current.keyMaterialId,
    ExpirationModel: current.expirationModel,
  }
  const expiries = (key.imported?.materials ?? []).flatMap((m) =>
    m.validTo === undefined ? [] : [m.validTo],
  )
  if (expiries.length > 0) fields.ValidTo = new Date(Math.min(...expiries))
  return fields
}

function multiRegionConfigurationOf(
  key: KeyRecord,
  links: MultiRegionLinks,
): MultiRegionConfiguration {
  const related = (region: string): MultiRegionKey => ({
    Arn: relatedKeyArn(key.arn, region),
    Region: region,
  })
  return {
    MultiRegionKeyType: links.primaryRegion === key.region ? 'PRIMARY' : 'REPLICA',
    PrimaryKey: related(links.primaryRegion),
    ReplicaKeys: links.replicaRegions.map(related),
  }
}

/** The ARN of the related multi-Region key in `region`: the same ARN with that Region. */
export function relatedKeyArn(arn: KeyArn, region: string): KeyArn {
  const parts = arn.split(':')
  parts[3] = region
  return parts.join(':') as KeyArn
}

/**
 * The algorithm list a key's usage calls for, as DescribeKey and GetPublicKey show it: one of
 * EncryptionAlgorithms, SigningAlgorithms, MacAlgorithms or KeyAgreementAlgorithms.
 */
export function algorithmFieldsOf(
  key: Pick<KeyRecord, 'keySpec' | 'keyUsage'>,
): Pick<
  KeyMetadata,
  'EncryptionAlgorithms' | 'SigningAlgorithms' | 'MacAlgorithms' | 'KeyAgreementAlgorithms'
> {
  switch (key.keyUsage) {
    case 'ENCRYPT_DECRYPT':
      return { EncryptionAlgorithms: encryptionAlgorithmsOf(key.keySpec) }
    case 'SIGN_VERIFY':
      return { SigningAlgorithms: signingAlgorithmsOf(key.keySpec) }
    case 'GENERATE_VERIFY_MAC':
      return { MacAlgorithms: macAlgorithmsOf(key.keySpec) }
    case 'KEY_AGREEMENT':
      return { KeyAgreementAlgorithms: keyAgreementAlgorithmsOf(key.keySpec) }
    default:
      return {}
  }
}
