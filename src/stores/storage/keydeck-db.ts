/**
 * The one IndexedDB database of KeyDeck (through `idb`). Every persisted thing lives here: study
 * progress (card states, the append-only review log, settings; version 1), the sandbox's
 * simulated KMS account (keys with their non-extractable CryptoKeys, aliases, IAM principals and
 * the audit trail, written through `kms-store-idb.ts`; version 2), the learner's notes on
 * cards (version 3), the CLI panel's folder and command history (version 4) and the simulated
 * KMS's grants (version 5), and the account's second Region (its keys, aliases, audit trail and
 * grants, each under `<region>/<id>`; version 6). `shared-db.ts`
 * opens it once
 * for the whole app. The version number and `upgrade` are the schema's migration path: each step
 * only adds.
 * @see https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API/Using_IndexedDB#creating_or_updating_the_version_of_the_database
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { appInstallStore } from '../app-install.ts'
import { markDatabaseExists } from './first-visit-marker.ts'
import { StorageOpenError } from './storage-problem.ts'
import type { AuditEvent } from '@/core/kms/audit/audit-event.ts'
import type { ClockState } from '@/core/kms/clock/simulated-clock.ts'
import type { AliasRecord } from '@/core/kms/alias-record.ts'
import type { PrincipalRecord } from '@/core/kms/iam/principal-record.ts'
import type { GrantRecord } from '@/core/kms/grant-record.ts'
import type { KeyRecord } from '@/core/kms/key-record.ts'
import type { CardNote, CardSrsState, ReviewLogEntry } from '@/core/srs/first-screen.ts'

export const DB_NAME = 'keydeck'
/**
 * 1: study progress. 2: the sandbox's simulated KMS (keys with their CryptoKeys, aliases, IAM,
 * audit). 3: the learner's notes on cards. 4: the CLI panel's shell: its folder's files and its
 * command history. 5: the simulated KMS's grants. 6: the other Regions of the sandbox account
 * (multi-Region replicas live there); a database of version 5 opens with them empty.
 */
export const DB_VERSION = 6

/**
 * Small named values: settings, when the last backup was made, when study began, the sandbox's
 * clock and caller. A study backup exports and imports only the settings among them.
 */
export interface MetaValues {
  settings: unknown
  /** When the settings were last saved (a merge of two devices keeps the later ones). */
  settingsChangedAt: number
  lastExportAt: number
  firstUseAt: number
  /** The sandbox account's clock: how far ahead of real time it runs (time travel). */
  sandboxClock: ClockState
  /** Who the sandbox console calls as: an IAM user's or role's ARN (absent: the account root). */
  sandboxCaller: string
}
export type MetaKey = keyof MetaValues

export interface KeyDeckSchema extends DBSchema {
  cardStates: { key: string; value: CardSrsState }
  reviewLog: { key: string; value: ReviewLogEntry; indexes: { byCard: string; byTime: number } }
  meta: { key: MetaKey; value: MetaValues[MetaKey] }
  cardNotes: { key: string; value: CardNote }
  kmsKeys: { key: string; value: KeyRecord }
  kmsAliases: { key: string; value: AliasRecord }
  kmsPrincipals: { key: string; value: PrincipalRecord }
  kmsAudit: { key: string; value: AuditEvent }
  /** The simulated KMS's grants, by grant id. */
  kmsGrants: { key: string; value: GrantRecord }
  /**
   * The sandbox account's other Regions (createKms({ sameAccountAs })): each record under
   * `<region>/<id>`, so one object store serves any number of Regions. IAM is global: no
   * principals here.
   */
  kmsRegionKeys: { key: string; value: KeyRecord }
  kmsRegionAliases: { key: string; value: AliasRecord }
  kmsRegionAudit: { key: string; value: AuditEvent }
  kmsRegionGrants: { key: string; value: GrantRecord }
  /** The CLI shell's folder: a file's bytes under its name (`> notes.enc`, `fileb://notes.enc`). */
  cliFiles: { key: string; value: Uint8Array }
  /** The CLI's command history, oldest first, as one small list. */
  cliHistory: { key: 'lines'; value: string[] }
}

export type KeyDeckDb = IDBPDatabase<KeyDeckSchema>

/**
 * Opens (and creates or upgrades) the database. Fails with a StorageOpenError the screens can
 * explain: no IndexedDB in this browser, or an upgrade blocked by another tab that keeps the old
 * version open (it would otherwise wait, with the screen on "Loading…", until that tab closes).
 */
export function openKeyDeckDb(name: string = DB_NAME): Promise<KeyDeckDb> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new StorageOpenError('unavailable', 'this browser has no IndexedDB'))
  }
  return new Promise((resolve, reject) => {
    let blocked = false
    openDB<KeyDeckSchema>(name, DB_VERSION, {
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
        if (oldVersion < 3) {
          // Kept beside the card states, never in the deck: the deck text stays as shipped.
          db.createObjectStore('cardNotes', { keyPath: 'cardId' })
        }
        if (oldVersion < 4) {
          // Out-of-line keys: a file is its bytes under its name, the history one list.
          db.createObjectStore('cliFiles')
          db.createObjectStore('cliHistory')
        }
        if (oldVersion < 5) {
          // Out-of-line keys like the other KMS collections: a grant under its grant id.
          db.createObjectStore('kmsGrants')
        }
        if (oldVersion < 6) {
          // The second Region of the sandbox account starts empty.
          db.createObjectStore('kmsRegionKeys')
          db.createObjectStore('kmsRegionAliases')
          db.createObjectStore('kmsRegionAudit')
          db.createObjectStore('kmsRegionGrants')
        }
      },
      blocked(currentVersion) {
        blocked = true
        reject(
          new StorageOpenError(
            'blocked',
            `another tab keeps version ${currentVersion} of the database open`,
          ),
        )
      },
      blocking(_current, _blocked, event) {
        // A newer version of the app opened the database in another tab: step aside so it can
        // upgrade, and ask the learner to reload, so two versions never write with two schemas.
        ;(event.target as IDBDatabase).close()
        appInstallStore.setState({ replacedElsewhere: true })
      },
    }).then((db) => {
      // An upgrade that was blocked may still finish later: this tab has moved on by then.
      if (blocked) db.close()
      else {
        if (name === DB_NAME) markDatabaseExists()
        resolve(db)
      }
    }, reject)
  })
}
