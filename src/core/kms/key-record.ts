import type {
  KeyArn,
  KeyId,
  KeyManager,
  KeyMaterialId,
  KeySpec,
  KeyUsage,
  Origin,
  RotationType,
  SimulatedKeyState,
  Tag,
} from './types.ts'
import type { ImportedKeyMaterial } from './import/imported-material.ts'

/**
 * One generation of symmetric key material. The CryptoKey is a NON-EXTRACTABLE AES-GCM-256 key:
 * like an HSM backing key it is used inside the engine and never exported, logged or returned.
 */
export interface SymmetricMaterialVersion {
  readonly keyMaterialId: KeyMaterialId
  readonly cryptoKey: CryptoKey
  /** Epoch ms: the key's creation for the original material, else the rotation date. */
  readonly createdAt: number
  /** Absent for the original material, which is not a rotation. */
  readonly rotationType?: RotationType
}

export type KeyMaterial =
  | {
      readonly kind: 'symmetric'
      /** Every generation, oldest first; old ones stay forever to decrypt old ciphertext. */
      readonly versions: readonly SymmetricMaterialVersion[]
    }
  | {
      readonly kind: 'asymmetric'
      readonly spec:
        'RSA_2048' | 'RSA_3072' | 'RSA_4096' | 'ECC_NIST_P256' | 'ECC_NIST_P384' | 'ECC_NIST_P521'
      readonly usage: 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'KEY_AGREEMENT'
      /** Empty on a key with imported material that has none in KMS now (import/absent-material.ts). */
      readonly publicKeyDer: Uint8Array
      /**
       * Non-extractable CryptoKeys, one per WebCrypto algorithm (made by crypto/asymmetric-keys);
       * none on a key with imported material that has none in KMS now.
       */
      readonly keys: Record<string, CryptoKey>
    }
  | {
      readonly kind: 'hmac'
      readonly spec: 'HMAC_256' | 'HMAC_384' | 'HMAC_512'
      /** Absent only on a key with imported material that has none in KMS now. */
      readonly key?: CryptoKey
    }

export interface RotationSettings {
  readonly enabled: boolean
  readonly periodInDays: number
  /** Epoch ms of the next automatic rotation; set only while rotation is enabled. */
  readonly nextRotationDate?: number
  /** On-demand rotations done so far (AWS caps them per key). */
  readonly onDemandRotations: number
}

/**
 * What a multi-Region key knows about its related keys, the same on every one of them: the
 * Region of the primary key and the Regions of its replicas, in the order they were made. A key
 * is the primary when `primaryRegion` is its own Region.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_MultiRegionConfiguration.html
 */
export interface MultiRegionLinks {
  readonly primaryRegion: string
  readonly replicaRegions: readonly string[]
}

/**
 * A state AWS leaves by itself: a replica is `Creating` until its replication completes, both
 * keys of an UpdatePrimaryRegion are `Updating` until the change completes. At `until` (epoch ms)
 * the key takes the state `then`.
 */
export interface SettlingState {
  readonly until: number
  readonly then: Extract<SimulatedKeyState, 'Enabled' | 'Disabled'>
}

/**
 * A KMS key as stored. Everything is structured-clone safe (IndexedDB can hold it as is); dates
 * are epoch ms. Records are treated as immutable values: change one by writing a new record.
 */
export interface KeyRecord {
  readonly keyId: KeyId
  readonly arn: KeyArn
  readonly accountId: string
  readonly region: string
  readonly creationDate: number
  readonly description: string
  readonly keySpec: KeySpec
  readonly keyUsage: KeyUsage
  /** EXTERNAL: imported key material (`imported` says which, and whether it is in KMS now). */
  readonly origin: Extract<Origin, 'AWS_KMS' | 'EXTERNAL'>
  readonly keyManager: KeyManager
  readonly state: SimulatedKeyState
  /** Epoch ms, only while PendingDeletion. */
  readonly deletionDate?: number
  readonly pendingWindowInDays?: number
  /** The key policy text exactly as given (or the default policy). */
  readonly policy: string
  readonly tags: readonly Tag[]
  readonly rotation: RotationSettings
  readonly material: KeyMaterial
  /**
   * Multi-Region keys only. Absent on every other key, and on every record stored before
   * multi-Region keys existed (so old IndexedDB records read as single-Region keys).
   */
  readonly multiRegion?: MultiRegionLinks
  /** Only while Creating or Updating: when and into which state the key settles. */
  readonly settling?: SettlingState
  /**
   * Keys with Origin EXTERNAL only (absent on every other key and on records stored before
   * imports existed). Its `material` holds the imported material present in KMS now: for a
   * SYMMETRIC_DEFAULT key, symmetric versions in the order of `imported.materials`; for an HMAC or
   * ECC key (one material, they do not rotate) its kind without CryptoKeys while none is in KMS
   * (import/absent-material.ts).
   */
  readonly imported?: ImportedKeyMaterial
}

/** True for a multi-Region replica key (not the primary). */
export function isReplicaKey(key: KeyRecord): boolean {
  return key.multiRegion !== undefined && key.multiRegion.primaryRegion !== key.region
}

export function currentSymmetricVersion(record: KeyRecord): SymmetricMaterialVersion | undefined {
  return record.material.kind === 'symmetric' ? record.material.versions.at(-1) : undefined
}
