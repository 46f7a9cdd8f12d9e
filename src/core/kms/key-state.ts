import { DisabledException, KMSInvalidStateException } from './errors.ts'
import type { KeyRecord } from './key-record.ts'

/**
 * Key state × operation rules (AWS Developer Guide, "Key states of AWS KMS keys").
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 */

/** Cryptographic operations and GetPublicKey: Disabled [1], PendingDeletion [3]. */
export function assertUsableForCrypto(key: KeyRecord): void {
  if (key.state === 'Disabled') throw new DisabledException(`${key.arn} is disabled.`)
  assertNotPendingDeletion(key)
}

/** EnableKey, DisableKey, CreateAlias, Tag/Untag, UpdateKeyDescription, ScheduleKeyDeletion [3]. */
export function assertNotPendingDeletion(key: KeyRecord): void {
  if (key.state === 'PendingDeletion') {
    throw new KMSInvalidStateException(`${key.arn} is pending deletion.`)
  }
}

/** CancelKeyDeletion [4]. */
export function assertPendingDeletion(key: KeyRecord): void {
  if (key.state !== 'PendingDeletion') {
    throw new KMSInvalidStateException(`${key.arn} is not pending deletion.`)
  }
}

/** Enable/DisableKeyRotation and RotateKeyOnDemand: Disabled [1] or PendingDeletion [3]. */
export const assertRotationChangeable = assertUsableForCrypto
