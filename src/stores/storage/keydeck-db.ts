/**
 * The one IndexedDB database of KeyDeck (through `idb`). Every persisted thing lives here: study
 * progress (card states, the append-only review log, settings; version 1) and the sandbox's
 * simulated KMS account (keys with their non-extractable CryptoKeys, aliases, IAM principals and
 * the audit trail, written through `kms-store-idb.ts`; version 2). `shared-db.ts` opens it once
 * for the whole app. The version number and `upgrade` are the schema's migration path: each step
 * only adds.
 * @see https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API/Using_IndexedDB#creating_or_updating_the_version_of_the_database
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { AuditEvent } from '@/core/kms/audit/audit-event.ts'
import type { AliasRecord } from '@/core/kms/alias-record.ts'
import type { PrincipalRecord } from '@/core/kms/iam/principal-record.ts'
import type { KeyRecord } from '@/core/kms/key-record.ts'
import type { CardSrsState, ReviewLogEntry } from '@/core/srs/first-screen.ts'

export const DB_NAME = 'keydeck'
/** 1: study progress. 2: the sandbox's simulated KMS (keys with their CryptoKeys, aliases, IAM, audit). */
export const DB_VERSION = 2

/** Small named values: settings, when the last backup was made, when study began. */
export interface MetaValues {
  settings: unknown
  lastExportAt: number
  firstUseAt: number
}
export type MetaKey = keyof MetaValues

export interface KeyDeckSchema extends DBSchema {
  cardStates: { key: string; value: CardSrsState }
  reviewLog: { key: string; value: ReviewLogEntry; indexes: { byCard: string; byTime: number } }
  meta: { key: MetaKey; value: MetaValues[MetaKey] }
  kmsKeys: { key: string; value: KeyRecord }
  kmsAliases: { key: string; value: AliasRecord }
  kmsPrincipals: { key: string; value: PrincipalRecord }
  kmsAudit: { key: string; value: AuditEvent }
}

export type KeyDeckDb = IDBPDatabase<KeyDeckSchema>

export function openKeyDeckDb(name: string = DB_NAME): Promise<KeyDeckDb> {
  return openDB<KeyDeckSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('cardStates', { keyPath: 'cardId' })
        const log = db.createObjectStore('reviewLog', { keyPath: 'id' })
        log.createIndex('byCard', 'cardId')
        log.createIndex('byTime', 'reviewedAt')
        db.createObjectStore('meta')
      }
      if (oldVersion < 2) {
        // Out-of-line keys: the simulator names its records; CryptoKeys are stored by structured
        // clone and stay non-extractable.
        db.createObjectStore('kmsKeys')
        db.createObjectStore('kmsAliases')
        db.createObjectStore('kmsPrincipals')
        db.createObjectStore('kmsAudit')
      }
    },
    blocking(_current, _blocked, event) {
      // A newer version of the app opened the database in another tab: step aside so it can
      // upgrade (this tab reloads on its next write, which fails with a clear message).
      ;(event.target as IDBDatabase).close()
    },
  })
}
