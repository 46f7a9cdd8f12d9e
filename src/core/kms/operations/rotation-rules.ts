import { UnsupportedOperationException } from '../errors.ts'
import { originNotValid } from '../import/import-rules.ts'
import { relatedKeyArn } from '../key-metadata.ts'
import { isReplicaKey, type KeyRecord } from '../key-record.ts'

/** Only symmetric encryption keys rotate. @see https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html */
export function assertRotatableSpec(key: KeyRecord): void {
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') {
    throw new UnsupportedOperationException(
      `${key.arn} has key spec ${key.keySpec}; only symmetric encryption KMS keys can rotate.`,
    )
  }
}

/** AWS managed keys rotate every year; customers cannot change or trigger that. */
export function assertRotationIsCustomers(key: KeyRecord): void {
  if (key.keyManager === 'AWS') {
    throw new UnsupportedOperationException(
      `${key.arn} is an AWS managed key. AWS rotates it every year; you cannot change its rotation.`,
    )
  }
}

/**
 * A multi-Region key rotates with its primary: rotation is enabled, disabled and triggered on the
 * primary key only, and every replica gets the new material.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-manage.html#multi-region-rotate
 */
export function assertNotReplica(key: KeyRecord): void {
  if (isReplicaKey(key) && key.multiRegion !== undefined) {
    const primary = relatedKeyArn(key.arn, key.multiRegion.primaryRegion)
    throw new UnsupportedOperationException(
      `${key.arn} is a multi-Region replica key. Manage the rotation of its primary key, ${primary}.`,
    )
  }
}

/**
 * Automatic rotation (Enable/DisableKeyRotation, GetKeyRotationStatus) is not for keys with
 * imported material [6]: they rotate only on demand, into material imported for it.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-on-demand.html
 */
export function assertAutomaticRotationOrigin(key: KeyRecord): void {
  if (key.origin === 'EXTERNAL') throw originNotValid(key)
}
