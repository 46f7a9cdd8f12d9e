import type { KeyRecord } from './key-record.ts'
import { currentSymmetricVersion } from './key-record.ts'
import { encryptionAlgorithmsOf, macAlgorithmsOf, signingAlgorithmsOf } from './key-spec-rules.ts'
import type {
  EncryptionAlgorithmSpec,
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
  MultiRegion: boolean
  CurrentKeyMaterialId?: KeyMaterialId
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
    MultiRegion: false,
  }
  if (key.state === 'PendingDeletion' && key.deletionDate !== undefined) {
    metadata.DeletionDate = new Date(key.deletionDate)
  }
  Object.assign(metadata, algorithmFieldsOf(key))
  const current = currentSymmetricVersion(key)
  if (current !== undefined) metadata.CurrentKeyMaterialId = current.keyMaterialId
  return metadata
}

/**
 * The algorithm list a key's usage calls for, as DescribeKey and GetPublicKey show it: one of
 * EncryptionAlgorithms, SigningAlgorithms or MacAlgorithms.
 */
export function algorithmFieldsOf(
  key: Pick<KeyRecord, 'keySpec' | 'keyUsage'>,
): Pick<KeyMetadata, 'EncryptionAlgorithms' | 'SigningAlgorithms' | 'MacAlgorithms'> {
  switch (key.keyUsage) {
    case 'ENCRYPT_DECRYPT':
      return { EncryptionAlgorithms: encryptionAlgorithmsOf(key.keySpec) }
    case 'SIGN_VERIFY':
      return { SigningAlgorithms: signingAlgorithmsOf(key.keySpec) }
    case 'GENERATE_VERIFY_MAC':
      return { MacAlgorithms: macAlgorithmsOf(key.keySpec) }
    default:
      return {}
  }
}
