import { GRANT_OPERATIONS } from '../grant-record.ts'
import { list, string, stringMap, structure } from '../validation/shape.ts'

/** Request members of the grant operations, with the KMS API model's constraints. */
export const principalMember = () => string({ min: 1, max: 256, pattern: '^[\\w+=,.@:/-]+$' })
export const grantIdMember = () => string({ min: 1, max: 128 })
export const grantTokenMember = () => string({ min: 1, max: 8192 })
export const grantNameMember = () => string({ min: 1, max: 256, pattern: '^[a-zA-Z0-9:/_-]+$' })
export const grantOperationsMember = () => list(string({ enum: GRANT_OPERATIONS }))
export const grantConstraintsMember = () =>
  structure({ EncryptionContextSubset: stringMap(), EncryptionContextEquals: stringMap() })
