/**
 * The simulator's KmsStore in IndexedDB, so the sandbox's keys survive a reload. Key records
 * hold their key material as WebCrypto CryptoKeys created non-extractable; IndexedDB keeps them
 * by structured clone, so the material is never exported, not even to storage.
 * @see https://w3c.github.io/webcrypto/#cryptokey-interface-clone (CryptoKey is serializable)
 */
import type { KmsCollection, KmsStore } from '@/core/kms/store/kms-store.ts'
import type { KeyDeckDb, KeyDeckSchema } from './keydeck-db.ts'

type KmsStoreName = 'kmsKeys' | 'kmsAliases' | 'kmsPrincipals' | 'kmsAudit' | 'kmsGrants'

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
    keys: collection(db, 'kmsKeys'),
    aliases: collection(db, 'kmsAliases'),
    principals: collection(db, 'kmsPrincipals'),
    audit: collection(db, 'kmsAudit'),
    grants: collection(db, 'kmsGrants'),
  }
}
