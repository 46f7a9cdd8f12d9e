import { UnsupportedOperationException } from '../errors.ts'
import type { KeyRecord } from '../key-record.ts'

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
