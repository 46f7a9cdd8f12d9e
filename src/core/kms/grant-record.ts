import type { KeyArn, KeyId } from './types.ts'

/**
 * The operations a grant can allow, as the KMS API model names them (GrantOperation).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-grant-operations
 */
export const GRANT_OPERATIONS = [
  'CreateGrant',
  'Decapsulate',
  'Decrypt',
  'DeriveSharedSecret',
  'DescribeKey',
  'Encapsulate',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateMac',
  'GetPublicKey',
  'ReEncryptFrom',
  'ReEncryptTo',
  'RetireGrant',
  'Sign',
  'Verify',
  'VerifyMac',
] as const
export type GrantOperation = (typeof GRANT_OPERATIONS)[number]

/**
 * Encryption context constraints of a grant (at most one of the two is meaningful per grant, but
 * AWS accepts both). @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantConstraints.html
 */
export interface GrantConstraints {
  readonly EncryptionContextSubset?: Readonly<Record<string, string>>
  readonly EncryptionContextEquals?: Readonly<Record<string, string>>
}

/** A grant as stored; dates are epoch ms. @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantListEntry.html */
export interface GrantRecord {
  /** 64 hex characters, as AWS shows them. */
  readonly grantId: string
  readonly keyId: KeyId
  readonly keyArn: KeyArn
  readonly name?: string
  readonly creationDate: number
  readonly granteePrincipal: string
  readonly retiringPrincipal?: string
  /** `arn:aws:iam::<account>:root` of the account the grant was created in. */
  readonly issuingAccount: string
  readonly operations: readonly GrantOperation[]
  readonly constraints?: GrantConstraints
}
