import type { KmsStore } from '../store/kms-store.ts'
import type { AuditEvent } from './audit-event.ts'

export interface AuditQuery {
  /** Only events that touched this key (key ARN). */
  readonly keyArn?: string
  readonly limit?: number
}

/** Audit events, newest first. */
export async function readAuditTrail(
  store: KmsStore,
  query: AuditQuery = {},
): Promise<AuditEvent[]> {
  const events = (await store.audit.list())
    .filter((e) => query.keyArn === undefined || e.keyArns.includes(query.keyArn))
    .sort((a, b) => b.sequence - a.sequence)
  return query.limit === undefined ? events : events.slice(0, query.limit)
}

export async function lastAuditSequence(store: KmsStore): Promise<number> {
  return (await store.audit.list()).reduce((max, e) => Math.max(max, e.sequence), 0)
}
