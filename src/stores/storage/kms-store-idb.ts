/**
 * The simulator's KmsStore in IndexedDB, so the sandbox's keys survive a reload. Key records
 * hold their key material as WebCrypto CryptoKeys created non-extractable; IndexedDB keeps them
 * by structured clone, so the material is never exported, not even to storage.
 * @see https://w3c.github.io/webcrypto/#cryptokey-interface-clone (CryptoKey is serializable)
 */
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
