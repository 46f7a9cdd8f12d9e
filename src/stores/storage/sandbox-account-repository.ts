/**
 * "Start over" for the sandbox account (issue 11, item 11), in storage: its keys, aliases, IAM
 * identities, audit trail, clock and caller go, in one transaction (all or nothing). Study
 * progress, notes, settings and the CLI panel's folder are other stores and other meta records:
 * they stay.
 */
import type { KeyDeckDb } from './keydeck-db.ts'

export async function wipeSandboxAccountData(db: KeyDeckDb): Promise<void> {
  const stores = ['kmsKeys', 'kmsAliases', 'kmsPrincipals', 'kmsAudit', 'meta'] as const
  const tx = db.transaction(stores, 'readwrite')
  await Promise.all([
    tx.objectStore('kmsKeys').clear(),
    tx.objectStore('kmsAliases').clear(),
    tx.objectStore('kmsPrincipals').clear(),
    tx.objectStore('kmsAudit').clear(),
    tx.objectStore('meta').delete('sandboxClock'),
    tx.objectStore('meta').delete('sandboxCaller'),
    tx.done,
  ])
}
