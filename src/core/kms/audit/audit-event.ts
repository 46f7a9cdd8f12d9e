import type { PrincipalArn } from '../types.ts'

/**
 * One CloudTrail-like record of a KMS call. Never holds plaintext, data keys or key material:
 * blobs are summarized by their length.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/logging-using-cloudtrail.html
 */
export interface AuditEvent {
  readonly eventId: string
  /** Monotonic order of events, also across engine restarts on the same store. */
  readonly sequence: number
  /** Epoch ms. */
  readonly eventTime: number
  readonly principal: PrincipalArn
  /**
   * The AWS service that made the call on the principal's behalf (`ec2.us-east-1.amazonaws.com`),
   * the request's kms:ViaService; absent for a direct call. A CreateGrant with it was one for an
   * AWS resource (kms:GrantIsForAWSResource true).
   */
  readonly viaService?: string
  /** The operation name, e.g. `Encrypt`. */
  readonly eventName: string
  readonly requestId: string
  /** ARNs of the KMS keys the call touched (source and destination for ReEncrypt). */
  readonly keyArns: readonly string[]
  readonly requestParameters: Readonly<Record<string, unknown>>
  readonly responseElements?: Readonly<Record<string, unknown>>
  readonly errorCode?: string
  readonly errorMessage?: string
}
