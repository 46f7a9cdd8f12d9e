import type { AuditEvent } from '../audit/audit-event.ts'
import type { PrincipalRecord } from '../iam/principal-record.ts'
import type { AliasRecord } from '../alias-record.ts'
import type { GrantRecord } from '../grant-record.ts'
import type { KeyRecord } from '../key-record.ts'

/**
 * Persistence port of the engine. Each collection maps a string id to a record; an IndexedDB
 * implementation can use one object store per collection with out-of-line keys:
 * - `keys`: key id → KeyRecord (holds non-extractable CryptoKeys: store them by structured clone)
 * - `aliases`: alias name → AliasRecord
 * - `principals`: principal ARN → PrincipalRecord (the learner's IAM users and roles)
 * - `audit`: event id → AuditEvent (append only; the engine sorts by `sequence`)
 * - `grants`: grant id → GrantRecord (a key's grants go with the key when it is deleted)
 * Every record is structured-clone safe and, except CryptoKeys and Uint8Arrays, JSON-safe with
 * dates as epoch ms. Implementations must return copies (as IndexedDB does), never live objects.
 */
export interface KmsCollection<T> {
  get(id: string): Promise<T | undefined>
  put(id: string, value: T): Promise<void>
  delete(id: string): Promise<void>
  list(): Promise<T[]>
}

export interface KmsStore {
  readonly keys: KmsCollection<KeyRecord>
  readonly aliases: KmsCollection<AliasRecord>
  readonly principals: KmsCollection<PrincipalRecord>
  readonly audit: KmsCollection<AuditEvent>
  readonly grants: KmsCollection<GrantRecord>
}
