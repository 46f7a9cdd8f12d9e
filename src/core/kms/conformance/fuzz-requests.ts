// Building blocks of the wire fuzzer (fuzz.test.ts): the operation list, the error names a KMS
// endpoint may send, one valid request per operation, and the awsJson1_1 response contract.
// https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization
import * as sdk from '@aws-sdk/client-kms'
import { expect } from 'vitest'
import type { Sim } from './harness.ts'

/** Every in-scope operation of the reference (Appendix A). */
export const OPERATIONS = [
  'CreateKey',
  'DescribeKey',
  'ListKeys',
  'ListAliases',
  'CreateAlias',
  'UpdateAlias',
  'DeleteAlias',
  'UpdateKeyDescription',
  'EnableKey',
  'DisableKey',
  'ScheduleKeyDeletion',
  'CancelKeyDeletion',
  'EnableKeyRotation',
  'DisableKeyRotation',
  'GetKeyRotationStatus',
  'RotateKeyOnDemand',
  'ListKeyRotations',
  'Encrypt',
  'Decrypt',
  'ReEncrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateRandom',
  'Sign',
  'Verify',
  'GetPublicKey',
  'GenerateMac',
  'VerifyMac',
  'GetKeyPolicy',
  'PutKeyPolicy',
  'ListKeyPolicies',
  'TagResource',
  'UntagResource',
  'ListResourceTags',
  'GetKeyLastUsage',
  'CreateGrant',
  'ListGrants',
  'ListRetirableGrants',
  'RetireGrant',
  'RevokeGrant',
  'ReplicateKey',
  'UpdatePrimaryRegion',
  'DeriveSharedSecret',
] as const

/** Targets that name no in-scope operation, including prototype property names. */
export const UNKNOWN_TARGETS = [
  '',
  'TrentService.',
  'TrentService.MakeCoffee',
  'TrentService.ConnectCustomKeyStore',
  'TrentService.__proto__',
  'TrentService.constructor',
  'TrentService.toString',
  'TrentService.hasOwnProperty',
  'trentservice.createkey',
  'DynamoDB_20120810.ListTables',
  'CreateKey',
  'TrentService.CreateKey.Extra',
]

/** Error types a KMS endpoint can send: the SDK's modeled ones plus the AWS-wide ones. */
export const KNOWN_ERRORS = new Set([
  ...Object.keys(sdk).filter(
    (name) => name.endsWith('Exception') && name !== 'KMSServiceException',
  ),
  'AccessDeniedException',
  'NotAuthorizedException',
  'ValidationException',
  'SerializationException',
  'UnknownOperationException',
  'ThrottlingException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'IncompleteSignature',
  'MissingAuthenticationTokenException',
  'RequestExpired',
  'ServiceUnavailableException',
  'InternalFailure',
])

/** Request member names of the KMS model, plus prototype keys, for random request objects. */
export const MEMBERS = [
  'KeyId',
  'Plaintext',
  'CiphertextBlob',
  'EncryptionContext',
  'KeySpec',
  'KeyUsage',
  'NumberOfBytes',
  'Limit',
  'Marker',
  'AliasName',
  'TargetKeyId',
  'Description',
  'Tags',
  'TagKeys',
  'Policy',
  'PolicyName',
  'PendingWindowInDays',
  'RotationPeriodInDays',
  'Message',
  'MessageType',
  'Signature',
  'SigningAlgorithm',
  'Mac',
  'MacAlgorithm',
  'EncryptionAlgorithm',
  'DestinationKeyId',
  'SourceKeyId',
  'SourceEncryptionContext',
  'DestinationEncryptionContext',
  'KeyPairSpec',
  'GrantTokens',
  'GranteePrincipal',
  'RetiringPrincipal',
  'Operations',
  'Constraints',
  'GrantId',
  'GrantToken',
  'Name',
  'DryRun',
  'IncludeKeyMaterial',
  'BypassPolicyLockoutSafetyCheck',
  'Origin',
  'MultiRegion',
  'CustomKeyStoreId',
  'KeyAgreementAlgorithm',
  'PublicKey',
  '__proto__',
  'constructor',
]

export interface Ids {
  sym: string
  hmac: string
  ecc: string
  victim: string
  blob: string
  mac: string
  signature: string
  /** A KEY_AGREEMENT key (P-256) and a P-256 public key (base64 DER SPKI) to agree with. */
  agree: string
  peerKey: string
}

/** One valid request per operation: the starting point of the mutation fuzzer. */
export function validRequests(ids: Ids): Record<string, Record<string, unknown>> {
  const { sym, hmac, ecc, victim, blob, mac, signature, agree, peerKey } = ids
  const one = 'AQ=='
  return {
    CreateKey: { Description: 'fuzz', Tags: [{ TagKey: 'a', TagValue: 'b' }] },
    DescribeKey: { KeyId: 'alias/fuzz' },
    ListKeys: { Limit: 2 },
    ListAliases: { KeyId: sym, Limit: 1 },
    CreateAlias: { AliasName: 'alias/fuzz-new', TargetKeyId: sym },
    UpdateAlias: { AliasName: 'alias/fuzz', TargetKeyId: sym },
    DeleteAlias: { AliasName: 'alias/fuzz-new' },
    UpdateKeyDescription: { KeyId: sym, Description: 'd' },
    EnableKey: { KeyId: victim },
    DisableKey: { KeyId: victim },
    ScheduleKeyDeletion: { KeyId: victim, PendingWindowInDays: 7 },
    CancelKeyDeletion: { KeyId: victim },
    EnableKeyRotation: { KeyId: sym, RotationPeriodInDays: 90 },
    DisableKeyRotation: { KeyId: sym },
    GetKeyRotationStatus: { KeyId: sym },
    RotateKeyOnDemand: { KeyId: victim },
    ListKeyRotations: { KeyId: sym, IncludeKeyMaterial: 'ALL_KEY_MATERIAL', Limit: 1 },
    Encrypt: { KeyId: sym, Plaintext: one, EncryptionContext: { a: 'b' } },
    Decrypt: { CiphertextBlob: blob },
    ReEncrypt: { CiphertextBlob: blob, DestinationKeyId: sym },
    GenerateDataKey: { KeyId: sym, KeySpec: 'AES_256' },
    GenerateDataKeyWithoutPlaintext: { KeyId: sym, NumberOfBytes: 16 },
    GenerateDataKeyPair: { KeyId: sym, KeyPairSpec: 'ECC_NIST_P256' },
    GenerateDataKeyPairWithoutPlaintext: { KeyId: sym, KeyPairSpec: 'ECC_NIST_P256' },
    GenerateRandom: { NumberOfBytes: 8 },
    Sign: { KeyId: ecc, Message: one, SigningAlgorithm: 'ECDSA_SHA_256' },
    Verify: { KeyId: ecc, Message: one, Signature: signature, SigningAlgorithm: 'ECDSA_SHA_256' },
    GetPublicKey: { KeyId: ecc },
    GenerateMac: { KeyId: hmac, Message: one, MacAlgorithm: 'HMAC_SHA_256' },
    VerifyMac: { KeyId: hmac, Message: one, Mac: mac, MacAlgorithm: 'HMAC_SHA_256' },
    GetKeyPolicy: { KeyId: sym, PolicyName: 'default' },
    PutKeyPolicy: {
      KeyId: victim,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:root' },
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      }),
    },
    ListKeyPolicies: { KeyId: sym },
    TagResource: { KeyId: sym, Tags: [{ TagKey: 'k', TagValue: 'v' }] },
    UntagResource: { KeyId: sym, TagKeys: ['k'] },
    ListResourceTags: { KeyId: sym, Limit: 1 },
    GetKeyLastUsage: { KeyId: sym },
    CreateGrant: {
      KeyId: sym,
      GranteePrincipal: 'arn:aws:iam::111122223333:root',
      Operations: ['Encrypt', 'Decrypt'],
      Constraints: { EncryptionContextSubset: { a: 'b' } },
      Name: 'fuzz',
    },
    ListGrants: { KeyId: sym, Limit: 1 },
    ListRetirableGrants: { RetiringPrincipal: 'arn:aws:iam::111122223333:root', Limit: 1 },
    RetireGrant: { KeyId: sym, GrantId: '0'.repeat(64) },
    RevokeGrant: { KeyId: sym, GrantId: 'a'.repeat(64) },
    ReplicateKey: { KeyId: sym, ReplicaRegion: 'eu-west-1', Description: 'fuzz' },
    UpdatePrimaryRegion: { KeyId: sym, PrimaryRegion: 'eu-west-1' },
    DeriveSharedSecret: { KeyId: agree, KeyAgreementAlgorithm: 'ECDH', PublicKey: peerKey },
  }
}

export interface Wire {
  status: number
  headers: Record<string, string>
  body: string
}

/** The awsJson1_1 response contract every answer must meet; returns the error type, if any. */
export function checkResponse(out: Wire, context: string): string | undefined {
  expect([200, 400, 500], `${context}: status`).toContain(out.status)
  if (out.status === 200) {
    if (out.body === '') return undefined
    const parsed: unknown = JSON.parse(out.body)
    expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed), context).toBe(
      true,
    )
    return undefined
  }
  const parsed = JSON.parse(out.body) as { __type?: unknown; message?: unknown; Message?: unknown }
  expect(typeof parsed.__type, `${context}: __type`).toBe('string')
  const type = String(parsed.__type)
  expect(KNOWN_ERRORS.has(type), `${context}: unknown __type ${type}`).toBe(true)
  const message = parsed.message ?? parsed.Message
  expect(typeof message, `${context}: message`).toBe('string')
  return type
}

export async function call(sim: Sim, target: string, body: string): Promise<Wire> {
  try {
    return await sim.kms.handle(target, body)
  } catch (error) {
    throw new Error(`handle rejected for ${target} ${body.slice(0, 200)}: ${String(error)}`)
  }
}
