import { DisabledException, KMSInvalidStateException } from './errors.ts'
import type { KeyRecord } from './key-record.ts'

/**
 * Key state × operation rules (AWS Developer Guide, "Key states of AWS KMS keys").
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 */

/**
 * Cryptographic operations, GetPublicKey and CreateGrant: Disabled [1], PendingDeletion and
 * PendingReplicaDeletion [3], PendingImport [5], Creating [14]; they work while Updating.
 */
export function assertUsableForCrypto(key: KeyRecord): void {
  if (key.state === 'Disabled') throw new DisabledException(`${key.arn} is disabled.`)
  assertNotPendingDeletion(key)
  assertNotPendingImport(key)
  assertNotCreating(key)
}

/**
 * A key with imported material that has none in KMS (never imported, deleted or expired) [5]:
 * cryptography, CreateGrant, EnableKey and DisableKey. AWS-recorded text.
 */
export function assertNotPendingImport(key: KeyRecord): void {
  if (key.state === 'PendingImport') {
    throw new KMSInvalidStateException(`${key.arn} is pending import.`)
  }
}

/** EnableKey, DisableKey, CreateAlias, Tag/Untag, UpdateKeyDescription, ScheduleKeyDeletion [3]. */
export function assertNotPendingDeletion(key: KeyRecord): void {
  if (isPendingDeletion(key)) {
    throw new KMSInvalidStateException(`${key.arn} is pending ${pendingWhat(key)}.`)
  }
}

/** CancelKeyDeletion [4]. */
export function assertPendingDeletion(key: KeyRecord): void {
  if (!isPendingDeletion(key)) {
    throw new KMSInvalidStateException(`${key.arn} is not pending deletion.`)
  }
}

/** PendingDeletion, or PendingReplicaDeletion (a primary waiting for its replicas to go). */
export function isPendingDeletion(key: KeyRecord): boolean {
  return key.state === 'PendingDeletion' || key.state === 'PendingReplicaDeletion'
}

const pendingWhat = (key: KeyRecord) =>
  key.state === 'PendingReplicaDeletion' ? 'replica deletion' : 'deletion'

/** While ReplicateKey is making the replica [14]. */
export function assertNotCreating(key: KeyRecord): void {
  if (key.state === 'Creating') throw new KMSInvalidStateException(`${key.arn} is creating.`)
}

/** While UpdatePrimaryRegion is moving the primary [15]. */
export function assertNotUpdating(key: KeyRecord): void {
  if (key.state === 'Updating') throw new KMSInvalidStateException(`${key.arn} is updating.`)
}

/** EnableKey, DisableKey, ReplicateKey: neither Creating [14] nor Updating [15]. */
export function assertSettled(key: KeyRecord): void {
  assertNotCreating(key)
  assertNotUpdating(key)
}

/** Enable/DisableKeyRotation and RotateKeyOnDemand: Disabled [1] or PendingDeletion [3]. */
export const assertRotationChangeable = assertUsableForCrypto
