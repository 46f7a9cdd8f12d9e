/**
 * "Start over" for the sandbox account (issue 11, item 11), in storage: its keys, aliases, grants,
 * IAM identities, audit trail, clock and caller go, in one transaction (all or nothing). Study
 * progress, notes, settings and the CLI panel's folder are other stores and other meta records:
 * they stay.
 */
import type { KeyDeckDb } from './keydeck-db.ts'
import { KMS_OBJECT_STORES, REGION_OBJECT_STORES } from './kms-store-idb.ts'

export async function wipeSandboxAccountData(db: KeyDeckDb): Promise<void> {
  // Every store the simulator keeps (its grants too, and the other Regions'), from the lists.
  const kmsStores = [...Object.values(KMS_OBJECT_STORES), ...Object.values(REGION_OBJECT_STORES)]
  const tx = db.transaction([...kmsStores, 'meta'], 'readwrite')
  await Promise.all([
    ...kmsStores.map((name) => tx.objectStore(name).clear()),
    tx.objectStore('meta').delete('sandboxClock'),
    tx.objectStore('meta').delete('sandboxCaller'),
    tx.done,
  ])
}
