import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import type { KeyArn } from '../types.ts'
import { required } from '../validation/shape.ts'
import { keyIdMember } from './common-members.ts'

/** Operations that count as "use" of a key (its cryptographic operations). */
const CRYPTOGRAPHIC_OPERATIONS = new Set([
  'Encrypt',
  'Decrypt',
  'ReEncrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'Sign',
  'Verify',
  'GenerateMac',
  'VerifyMac',
  'DeriveSharedSecret',
])

export interface GetKeyLastUsageOutput {
  KeyId: KeyArn
  KeyLastUsage?: {
    Operation: string
    Timestamp: Date
    CloudTrailEventId: string
    KmsRequestId: string
  }
  TrackingStartDate: Date
  KeyCreationDate: Date
}

/**
 * The last successful cryptographic use of a key (April 2026), read from the audit trail;
 * tracking starts when the key is created.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyLastUsage.html
 */
export const getKeyLastUsage = defineOperation({
  input: { KeyId: required(keyIdMember()) },
  async run(rc, input): Promise<GetKeyLastUsageOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: true })
    await rc.authorize('kms:GetKeyLastUsage', key)
    const last = (await rc.store.audit.list())
      .filter(
        (e) =>
          e.errorCode === undefined &&
          CRYPTOGRAPHIC_OPERATIONS.has(e.eventName) &&
          e.keyArns.includes(key.arn),
      )
      .sort((a, b) => b.sequence - a.sequence)[0]
    const output: GetKeyLastUsageOutput = {
      KeyId: key.arn,
      TrackingStartDate: new Date(key.creationDate),
      KeyCreationDate: new Date(key.creationDate),
    }
    if (last !== undefined) {
      output.KeyLastUsage = {
        Operation: last.eventName,
        Timestamp: new Date(last.eventTime),
        CloudTrailEventId: last.eventId,
        KmsRequestId: last.requestId,
      }
    }
    return output
  },
})
