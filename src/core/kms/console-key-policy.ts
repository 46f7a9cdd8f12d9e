/**
 * The key policy the AWS KMS console writes when it creates a key (its "default view"), as
 * opposed to the one-statement default of CreateKey without a Policy: the account statement,
 * then a statement for the chosen key administrators, and for the chosen key users one that lets
 * them use the key and (except on HMAC keys) one that lets AWS services attach it with grants.
 * Statement ids, actions and the grant condition as AWS documents them:
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 * HMAC keys get no grant statement: https://docs.aws.amazon.com/kms/latest/developerguide/hmac-authz.html
 */
import type { PolicyDocument, PolicyStatement } from './policy/policy-document.ts'
import { rootArn } from './policy/policy-principal.ts'
import type { KeySpec, KeyUsage } from './types.ts'

export interface ConsoleKeyPolicyChoices {
  readonly accountId: string
  readonly keySpec: KeySpec
  readonly keyUsage: KeyUsage
  /** IAM user and role ARNs chosen as key administrators (may be empty). */
  readonly administrators: readonly string[]
  /** IAM user and role ARNs chosen as key users (may be empty). */
  readonly users: readonly string[]
  /**
   * The console's "Allow key administrators to delete this key" (selected by default): it adds
   * kms:ScheduleKeyDeletion and kms:CancelKeyDeletion, which kms:Delete* does not cover.
   */
  readonly administratorsMayDelete: boolean
}

/** The console's `Id` for the policies it writes. */
export const CONSOLE_KEY_POLICY_ID = 'key-consolepolicy-3'

const ADMINISTRATOR_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
]
const DELETION_ACTIONS = ['kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion']
// On-demand rotation exists for symmetric encryption keys only, and AWS added it to the
// administrators' statement with the operation (2024).
const ROTATION_ACTIONS = ['kms:RotateKeyOnDemand']

/** What key users may do directly, by the kind of key, as the console writes it. */
export function keyUserActions(keySpec: KeySpec, keyUsage: KeyUsage): string[] {
  if (keyUsage === 'GENERATE_VERIFY_MAC')
    return ['kms:DescribeKey', 'kms:GenerateMac', 'kms:VerifyMac']
  if (keyUsage === 'KEY_AGREEMENT') {
    return ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:DeriveSharedSecret']
  }
  if (keyUsage === 'SIGN_VERIFY') {
    return ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign', 'kms:Verify']
  }
  if (keySpec === 'SYMMETRIC_DEFAULT') {
    return [
      'kms:Encrypt',
      'kms:Decrypt',
      'kms:ReEncrypt*',
      'kms:GenerateDataKey*',
      'kms:DescribeKey',
    ]
  }
  return ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:DescribeKey', 'kms:GetPublicKey']
}

/** One principal is written as a string, several as a list, as in AWS's examples. */
const principalOf = (arns: readonly string[]) => ({ AWS: arns.length === 1 ? arns[0]! : [...arns] })

/** The console's key policy for these choices; a list left empty leaves its statements out. */
export function consoleKeyPolicy(choices: ConsoleKeyPolicyChoices): PolicyDocument {
  const { accountId, keySpec, keyUsage, administrators, users } = choices
  const statements: PolicyStatement[] = [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: rootArn(accountId) },
      Action: 'kms:*',
      Resource: '*',
    },
  ]
  if (administrators.length > 0) {
    statements.push({
      Sid: 'Allow access for Key Administrators',
      Effect: 'Allow',
      Principal: principalOf(administrators),
      Action: [
        ...ADMINISTRATOR_ACTIONS,
        ...(choices.administratorsMayDelete ? DELETION_ACTIONS : []),
        ...(keySpec === 'SYMMETRIC_DEFAULT' ? ROTATION_ACTIONS : []),
      ],
      Resource: '*',
    })
  }
  if (users.length > 0) {
    statements.push({
      Sid: 'Allow use of the key',
      Effect: 'Allow',
      Principal: principalOf(users),
      Action: keyUserActions(keySpec, keyUsage),
      Resource: '*',
    })
    if (keyUsage !== 'GENERATE_VERIFY_MAC') {
      statements.push({
        Sid: 'Allow attachment of persistent resources',
        Effect: 'Allow',
        Principal: principalOf(users),
        Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
        Resource: '*',
        Condition: { Bool: { 'kms:GrantIsForAWSResource': true } },
      })
    }
  }
  return { Version: '2012-10-17', Id: CONSOLE_KEY_POLICY_ID, Statement: statements }
}

/** The policy as the console shows it in its policy view and sends as CreateKey's `Policy`. */
export function consoleKeyPolicyText(choices: ConsoleKeyPolicyChoices): string {
  return JSON.stringify(consoleKeyPolicy(choices), null, 2)
}
