import { KMSInvalidStateException, UnsupportedOperationException } from '../errors.ts'
import type { KeyRecord } from '../key-record.ts'
import { assertNotCreating, assertNotUpdating, isPendingDeletion } from '../key-state.ts'
import type { ImportedKeyMaterial } from './imported-material.ts'

/**
 * The import operations act only on keys with Origin EXTERNAL [9]; the other rotation
 * operations refuse those keys the same way [6]. AWS-recorded text for both origins.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 */
export function originNotValid(key: KeyRecord): UnsupportedOperationException {
  return new UnsupportedOperationException(
    `${key.arn} origin is ${key.origin} which is not valid for this operation.`,
  )
}

/** The import state of a key with Origin EXTERNAL, or UnsupportedOperationException [9]. */
export function importedOf(key: KeyRecord): ImportedKeyMaterial {
  if (key.origin !== 'EXTERNAL' || key.imported === undefined) throw originNotValid(key)
  return key.imported
}

/**
 * GetParametersForImport and ImportKeyMaterial: not while PendingDeletion [8] (AWS: "<arn> is
 * pending deletion."), Creating [14]; GetParametersForImport not while Updating [15] either.
 */
export function assertImportAllowed(key: KeyRecord, operation: 'get' | 'import'): void {
  if (isPendingDeletion(key)) {
    throw new KMSInvalidStateException(
      `${key.arn} is pending ${key.state === 'PendingReplicaDeletion' ? 'replica ' : ''}deletion.`,
    )
  }
  assertNotCreating(key)
  if (operation === 'get') assertNotUpdating(key)
}
