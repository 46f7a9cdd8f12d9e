/**
 * The sandbox's audit trail (issue 11, item 8): the simulator's events, one per call and one per
 * thing the service did by itself (automatic rotation, deletion), as CloudTrail records them.
 * They hold no plaintext and no data keys (core/kms/audit/summarize.ts drops them).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/logging-using-cloudtrail.html
 */
import type { AuditEvent } from '@/core/kms/index.ts'
import { attempt, connected, type SandboxResult } from './sandbox-store.ts'

/** The principal of what KMS does by itself, as CloudTrail names it. */
export const KMS_SERVICE = 'kms.amazonaws.com'

export interface AuditTrailView {
  /** Newest first. */
  readonly events: AuditEvent[]
  readonly region: string
  readonly accountId: string
}

/** Every event, newest first. A read for the screen: it is not itself a KMS call. */
export function readSandboxAudit(): Promise<SandboxResult<AuditTrailView>> {
  return attempt(async () => {
    const simulator = connected()
    const events = await simulator.auditTrail()
    return { events, region: simulator.region, accountId: simulator.accountId }
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

/** The caller as a short name: `root`, `user/alice`, `role/admin`, or `kms.amazonaws.com`. */
export function callerName(principal: string): string {
  return principal.startsWith('arn:') ? principal.split(':').slice(5).join(':') : principal
}

function userIdentity(principal: string, accountId: string): Record<string, string> {
  if (principal === KMS_SERVICE) return { accountId, invokedBy: KMS_SERVICE }
  const name = callerName(principal)
  const type = name === 'root' ? 'Root' : name.startsWith('user/') ? 'IAMUser' : 'AssumedRole'
  return { type, arn: principal, accountId }
}

/**
 * The event as a CloudTrail record: an API call (`AwsApiCall`) by a principal, or a service
 * event (`AwsServiceEvent`) that KMS itself made, with the keys it touched as resources.
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/ct-rotatekey.html
 */
export function cloudTrailRecord(event: AuditEvent, region: string, accountId: string) {
  const service = event.principal === KMS_SERVICE
  return {
    eventVersion: '1.08',
    userIdentity: userIdentity(event.principal, accountId),
    eventTime: new Date(event.eventTime).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: KMS_SERVICE,
    eventName: event.eventName,
    awsRegion: region,
    requestParameters: event.requestParameters,
    responseElements: event.responseElements ?? null,
    ...(event.errorCode !== undefined && {
      errorCode: event.errorCode,
      errorMessage: event.errorMessage ?? '',
    }),
    requestID: event.requestId,
    eventID: event.eventId,
    resources: event.keyArns.map((ARN) => ({ accountId, type: 'AWS::KMS::Key', ARN })),
    eventType: service ? 'AwsServiceEvent' : 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: accountId,
    eventCategory: 'Management',
  }
}
