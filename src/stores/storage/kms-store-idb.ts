/**
 * The simulator's KmsStore in IndexedDB, so the sandbox's keys survive a reload. Key records
 * hold their key material as WebCrypto CryptoKeys created non-extractable; IndexedDB keeps them
 * by structured clone, so the material is never exported, not even to storage.
 * @see https://w3c.github.io/webcrypto/#cryptokey-interface-clone (CryptoKey is serializable)
 */
import type { PrincipalRecord } from '@/core/kms/iam/principal-record.ts'
import type { KmsCollection, KmsStore } from '@/core/kms/store/kms-store.ts'
import type { KeyDeckDb, KeyDeckSchema } from './keydeck-db.ts'

/**
 * The object store of each collection of the simulator's store: the one list of what the sandbox
 * account keeps, so "Start over" (sandbox-account-repository.ts) wipes every one of them. A
 * collection added to KmsStore without its object store here fails `tsc -b`.
 */
export const KMS_OBJECT_STORES = {
  keys: 'kmsKeys',
  aliases: 'kmsAliases',
  principals: 'kmsPrincipals',
  audit: 'kmsAudit',
  grants: 'kmsGrants',
} as const satisfies Record<keyof KmsStore, keyof KeyDeckSchema>

type KmsStoreName = (typeof KMS_OBJECT_STORES)[keyof KmsStore]

/**
 * The object stores of the account's other Regions (a joined simulator each): every collection
 * but `principals`, as IAM is global. Records sit under `<region>/<id>`.
 */
export const REGION_OBJECT_STORES = {
  keys: 'kmsRegionKeys',
  aliases: 'kmsRegionAliases',
  audit: 'kmsRegionAudit',
  grants: 'kmsRegionGrants',
} as const satisfies Record<Exclude<keyof KmsStore, 'principals'>, keyof KeyDeckSchema>

type RegionStoreName = (typeof REGION_OBJECT_STORES)[keyof typeof REGION_OBJECT_STORES]

function collection<N extends KmsStoreName>(
  db: KeyDeckDb,
  name: N,
): KmsCollection<KeyDeckSchema[N]['value']> {
  return {
    get: (id) => db.get(name, id),
    put: async (id, value) => {
      await db.put(name, value, id)
    },
    delete: (id) => db.delete(name, id),
    list: () => db.getAll(name),
  }
}

export function createIndexedDbKmsStore(db: KeyDeckDb): KmsStore {
  return {
    keys: collection(db, KMS_OBJECT_STORES.keys),
    aliases: collection(db, KMS_OBJECT_STORES.aliases),
    principals: collection(db, KMS_OBJECT_STORES.principals),
    audit: collection(db, KMS_OBJECT_STORES.audit),
    grants: collection(db, KMS_OBJECT_STORES.grants),
  }
}

/** One Region's part of an object store shared by the other Regions: its ids under `<region>/`. */
function regionCollection<N extends RegionStoreName>(
  db: KeyDeckDb,
  name: N,
  region: string,
): KmsCollection<KeyDeckSchema[N]['value']> {
  const prefix = `${region}/`
  // Every id of the Region, and no other Region's: ids are ASCII, so \uffff sorts after them.
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`)
  return {
    get: (id) => db.get(name, prefix + id),
    put: async (id, value) => {
      await db.put(name, value, prefix + id)
    },
    delete: (id) => db.delete(name, prefix + id),
    list: () => db.getAll(name, range),
  }
}

/**
 * The store of another Region of the account (`region`, e.g. eu-west-1), for a simulator joined
 * with `createKms({ sameAccountAs })`. `principals` is the home Region's: IAM is global (the
 * joined simulator uses the first one's anyway).
 */
export function createIndexedDbRegionStore(
  db: KeyDeckDb,
  region: string,
  principals: KmsCollection<PrincipalRecord>,
): KmsStore {
  return {
    keys: regionCollection(db, REGION_OBJECT_STORES.keys, region),
    aliases: regionCollection(db, REGION_OBJECT_STORES.aliases, region),
    principals,
    audit: regionCollection(db, REGION_OBJECT_STORES.audit, region),
    grants: regionCollection(db, REGION_OBJECT_STORES.grants, region),
  }
}
