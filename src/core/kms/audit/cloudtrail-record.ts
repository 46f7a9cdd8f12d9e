/**
 * An audit event as a CloudTrail record: an API call (`AwsApiCall`) by a principal, or a service
 * event (`AwsServiceEvent`) that KMS itself made, with the keys it touched as resources.
 * CloudTrail names request and response members in camelCase (`keyId`, `encryptionContext`,
 * `keyMetadata.aWSAccountId`), keeps the encryption context's own keys as they were, and records
 * no response for the cryptographic operations and the reads (`responseElements: null`).
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/ct-encrypt.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/ct-createkey.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/ct-rotatekey.html
 */
import { setOwnMember } from '../own-member.ts'
import type { AuditEvent } from './audit-event.ts'

/** The principal of what KMS does by itself, as CloudTrail names it. */
export const KMS_SERVICE = 'kms.amazonaws.com'

/** The caller as a short name: `root`, `user/alice`, `role/admin`, or `kms.amazonaws.com`. */
export function callerName(principal: string): string {
  return principal.startsWith('arn:') ? principal.split(':').slice(5).join(':') : principal
}

/**
 * Operations whose response CloudTrail leaves out: the cryptographic operations (their response
 * holds ciphertext, plaintext or signatures) and the reads.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations
 */
const NO_RESPONSE = new Set([
  'Decrypt',
  'DeriveSharedSecret',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateMac',
  'GenerateRandom',
  'ReEncrypt',
  'Sign',
  'Verify',
  'VerifyMac',
])
const isRead = (name: string) => /^(?:Describe|Get|List)/.test(name)

/** Members whose keys are the caller's data, not member names: kept as they are. */
const DATA_MAPS = new Set([
  'EncryptionContext',
  'SourceEncryptionContext',
  'DestinationEncryptionContext',
])

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1)

function inCloudTrailCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inCloudTrailCase)
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [name, member] of Object.entries(value)) {
    setOwnMember(out, camel(name), DATA_MAPS.has(name) ? member : inCloudTrailCase(member))
  }
  return out
}

/**
 * Who called. A call an AWS service made on the principal's behalf (kms:ViaService: EBS's
 * GenerateDataKeyWithoutPlaintext and CreateGrant) is the principal's, `invokedBy` "AWS
 * Internal", as AWS's EC2 example records it.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/ct-ec2two.html
 */
function userIdentity(event: AuditEvent, accountId: string): Record<string, string> {
  const { principal } = event
  if (principal === KMS_SERVICE) return { accountId, invokedBy: KMS_SERVICE }
  const name = callerName(principal)
  const type = name === 'root' ? 'Root' : name.startsWith('user/') ? 'IAMUser' : 'AssumedRole'
  return {
    type,
    arn: principal,
    accountId,
    ...(event.viaService !== undefined && { invokedBy: 'AWS Internal' }),
  }
}

function responseOf(event: AuditEvent): unknown {
  if (event.responseElements === undefined) return null
  if (NO_RESPONSE.has(event.eventName) || isRead(event.eventName)) return null
  return Object.keys(event.responseElements).length === 0
    ? null
    : inCloudTrailCase(event.responseElements)
}

export function cloudTrailRecord(event: AuditEvent, region: string, accountId: string) {
  const service = event.principal === KMS_SERVICE
  return {
    eventVersion: '1.08',
    userIdentity: userIdentity(event, accountId),
    eventTime: new Date(event.eventTime).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: KMS_SERVICE,
    eventName: event.eventName,
    awsRegion: region,
    requestParameters: inCloudTrailCase(event.requestParameters),
    responseElements: responseOf(event),
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
