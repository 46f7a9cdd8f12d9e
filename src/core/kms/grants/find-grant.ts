import { InvalidGrantIdException, NotFoundException } from '../errors.ts'
import type { GrantRecord } from '../grant-record.ts'
import type { KeyRecord } from '../key-record.ts'
import type { RequestContext } from '../engine/operation.ts'

/** Grant ids are 64 hex characters (the model allows up to 128 characters of anything). */
const GRANT_ID = /^[0-9a-f]{64}$/

/**
 * The grant `grantId` of `key`. An id that cannot be a grant id is InvalidGrantIdException; one
 * that names no grant of the key is NotFoundException (the simulator's wording: AWS's is not
 * recorded).
 */
export async function findGrant(
  rc: RequestContext,
  key: KeyRecord,
  grantId: string,
): Promise<GrantRecord> {
  assertGrantId(grantId)
  const grant = await rc.store.grants.get(grantId)
  if (grant?.keyId !== key.keyId) {
    throw new NotFoundException(`Grant ID ${grantId} not found for key ${key.arn}`)
  }
  return grant
}

export function assertGrantId(grantId: string): void {
  if (!GRANT_ID.test(grantId)) throw new InvalidGrantIdException(`Invalid grant ID ${grantId}`)
}
