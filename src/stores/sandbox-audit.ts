/**
 * The sandbox's audit trail (issue 11, item 8): the simulator's events, one per call and one per
 * thing the service did by itself (automatic rotation, deletion), as CloudTrail records them.
 * They hold no plaintext and no data keys (core/kms/audit/summarize.ts drops them).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/logging-using-cloudtrail.html
 */
import type { AuditEvent } from '@/core/kms/index.ts'
import {
  attempt,
  connected,
  connectedIn,
  connectedOtherRegion,
  type SandboxResult,
} from './sandbox-store.ts'

// The record's shape is the core's (core/kms/audit/cloudtrail-record.ts); the screen reads it here.
export { callerName, cloudTrailRecord, KMS_SERVICE } from '@/core/kms/index.ts'

export interface AuditTrailView {
  /** Newest first. */
  readonly events: AuditEvent[]
  /** The Region these events are from. */
  readonly region: string
  readonly accountId: string
  /** The account's Regions, home first: each has a trail of its own. */
  readonly regions: readonly string[]
}

/**
 * Every event of one Region (the home one by default), newest first. A read for the screen: it
 * is not itself a KMS call. Per Region, as CloudTrail's event history is: a replica's calls are in
 * the trail of the Region it lives in.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html
 */
export function readSandboxAudit(region?: string): Promise<SandboxResult<AuditTrailView>> {
  return attempt(async () => {
    const home = connected()
    const other = connectedOtherRegion()
    const simulator = (region === undefined ? home : connectedIn(region)) ?? home
    const events = await simulator.auditTrail()
    return {
      events,
      region: simulator.region,
      accountId: simulator.accountId,
      regions: other === undefined ? [home.region] : [home.region, other.region],
    }
  })
}

/** `''` keeps everything; `outcome` is `ok`, `error` or one error name. */
export interface AuditFilter {
  readonly keyArn: string
  readonly operation: string
  readonly caller: string
  readonly outcome: string
}

export const NO_AUDIT_FILTER: AuditFilter = { keyArn: '', operation: '', caller: '', outcome: '' }

export function filterAuditEvents(
  events: readonly AuditEvent[],
  filter: AuditFilter,
): AuditEvent[] {
  return events.filter(
    (e) =>
      (filter.keyArn === '' || e.keyArns.includes(filter.keyArn)) &&
      (filter.operation === '' || e.eventName === filter.operation) &&
      (filter.caller === '' || e.principal === filter.caller) &&
      (filter.outcome === '' ||
        (filter.outcome === 'ok' && e.errorCode === undefined) ||
        (filter.outcome === 'error' && e.errorCode !== undefined) ||
        e.errorCode === filter.outcome),
  )
}

/** The values each filter can take, from the events there are, sorted. */
export function auditFacets(events: readonly AuditEvent[]) {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort()
  return {
    keyArns: sorted(events.flatMap((e) => e.keyArns)),
    operations: sorted(events.map((e) => e.eventName)),
    callers: sorted(events.map((e) => e.principal)),
    errors: sorted(events.flatMap((e) => (e.errorCode === undefined ? [] : [e.errorCode]))),
  }
}
