/**
 * Where the sandbox console's "Calling as" choice is kept between visits: one record in the
 * database's `meta` store (no record: the account root), beside the simulator's identities, so
 * the policy lab survives a reload (issue 11, item 7).
 */
import type { KeyDeckDb } from './keydeck-db.ts'

export async function loadSandboxCaller(db: KeyDeckDb): Promise<string | undefined> {
  const caller = await db.get('meta', 'sandboxCaller')
  return typeof caller === 'string' ? caller : undefined
}

export async function saveSandboxCaller(db: KeyDeckDb, caller: string | undefined): Promise<void> {
  if (caller === undefined) await db.delete('meta', 'sandboxCaller')
  else await db.put('meta', caller, 'sandboxCaller')
}
