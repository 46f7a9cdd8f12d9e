import { describe, expect, it } from 'vitest'
import type { AccessDenied } from './access-decision.ts'
import { explainAccessDenial } from './explain-access-decision.ts'

const ALICE = 'arn:aws:iam::111122223333:user/alice'
const CAROL = 'arn:aws:iam::444455556666:user/carol'
const implicit = { effect: 'Deny', kind: 'implicit', policy: 'none' } as const

describe('explainAccessDenial', () => {
  it.each<[string, AccessDenied, string]>([
    [
      'a key policy deny, by Sid',
      { effect: 'Deny', kind: 'explicit', policy: 'key-policy', statement: { index: 2, sid: 'X' } },
      "explicit deny in the key policy statement 'X'",
    ],
    [
      'a key policy deny without Sid, by its 1-based position',
      { effect: 'Deny', kind: 'explicit', policy: 'key-policy', statement: { index: 1 } },
      'explicit deny in the key policy statement #2',
    ],
    [
      'an identity policy deny, by the policy name',
      {
        effect: 'Deny',
        kind: 'explicit',
        policy: 'identity-policy',
        identityPolicyIndex: 1,
        statement: { index: 0 },
      },
      `explicit deny in identity policy 'no-decrypt' of ${ALICE}, statement #1`,
    ],
    [
      'an action not on a key',
      { ...implicit, missing: 'identity-policy-allow', conditionsUnmet: [] },
      `no identity policy of ${ALICE} allows kms:Decrypt (it is not an action on a key, so only IAM policies can allow it)`,
    ],
    [
      'an action on the caller account, by a caller of another account',
      { ...implicit, missing: 'caller-account-only', callerAccount: '444455556666' },
      `kms:Decrypt acts on the caller's own account, and ${ALICE} is in another account (444455556666): it can create and list only its own keys and aliases, and can use keys of this account only by key ARN, as their key policies allow`,
    ],
    [
      'no key policy',
      { ...implicit, missing: 'key-policy' },
      'the KMS key has no key policy, so nobody can use it',
    ],
    [
      'delegation to IAM without an IAM allow',
      { ...implicit, missing: 'identity-policy-allow-after-delegation', conditionsUnmet: [] },
      `the key policy delegates to IAM, but no identity policy of ${ALICE} allows kms:Decrypt`,
    ],
    [
      'no key policy allow',
      {
        ...implicit,
        missing: 'key-policy-allow',
        identityPolicyAllows: false,
        conditionsUnmet: [],
      },
      `no statement in the key policy allows ${ALICE} to perform kms:Decrypt, and the key policy does not delegate to IAM through the account root principal`,
    ],
    [
      'no key policy allow, with a useless IAM allow',
      { ...implicit, missing: 'key-policy-allow', identityPolicyAllows: true, conditionsUnmet: [] },
      `an identity policy allows kms:Decrypt, but IAM policies alone cannot grant access to a KMS key: no statement in the key policy allows ${ALICE} to perform kms:Decrypt, and the key policy does not delegate to IAM through the account root principal`,
    ],
  ])('%s', (_name, decision, expected) => {
    const request = {
      principalArn: ALICE,
      action: 'kms:Decrypt',
      identityPolicyNames: ['admin', 'no-decrypt'],
    }
    expect(explainAccessDenial(decision, request)).toBe(expected)
  })

  it('names an identity policy by position when no names are given', () => {
    const decision: AccessDenied = {
      effect: 'Deny',
      kind: 'explicit',
      policy: 'identity-policy',
      identityPolicyIndex: 1,
      statement: { index: 0, sid: 'NoDecrypt' },
    }
    expect(explainAccessDenial(decision, { principalArn: ALICE, action: 'kms:Decrypt' })).toBe(
      `explicit deny in identity policy 2 of ${ALICE}, statement 'NoDecrypt'`,
    )
  })

  it('says which account a cross-account caller is in', () => {
    const decision: AccessDenied = {
      ...implicit,
      missing: 'cross-account-identity-policy-allow',
      callerAccount: '444455556666',
      conditionsUnmet: [],
    }
    expect(explainAccessDenial(decision, { principalArn: CAROL, action: 'kms:Decrypt' })).toBe(
      `the key policy allows ${CAROL}, but it is in another account (444455556666), and no identity policy there allows kms:Decrypt on the key: cross-account use needs both`,
    )
  })

  describe('an Allow statement whose condition failed', () => {
    const ROOT = 'arn:aws:iam::111122223333:root'
    const S3_SID =
      'Allow access through s3 for all principals in the account that are authorized to use s3'

    it('on an AWS managed key, called directly (kms:ViaService)', () => {
      const decision: AccessDenied = {
        ...implicit,
        missing: 'key-policy-allow',
        identityPolicyAllows: false,
        conditionsUnmet: [
          {
            statement: { index: 0, sid: S3_SID },
            unmet: [
              {
                operator: 'StringEquals',
                key: 'kms:ViaService',
                values: ['s3.us-east-1.amazonaws.com'],
                requestValues: [],
              },
            ],
          },
        ],
      }
      expect(explainAccessDenial(decision, { principalArn: ROOT, action: 'kms:Encrypt' })).toBe(
        `key policy statement '${S3_SID}' allows kms:Encrypt only when kms:ViaService is s3.us-east-1.amazonaws.com: this call did not come through that service; no other statement in the key policy allows ${ROOT} to perform kms:Encrypt, and the key policy does not delegate to IAM through the account root principal`,
      )
    })

    it('on a customer key, with another or no encryption context', () => {
      const unmet = (requestValues: string[]): AccessDenied => ({
        ...implicit,
        missing: 'key-policy-allow',
        identityPolicyAllows: false,
        conditionsUnmet: [
          {
            statement: { index: 1 },
            unmet: [
              {
                operator: 'StringEquals',
                key: 'kms:EncryptionContext:Department',
                values: ['Finance', 'Audit'],
                requestValues,
              },
            ],
          },
        ],
      })
      const request = { principalArn: ALICE, action: 'kms:Decrypt' }
      const rest = `no other statement in the key policy allows ${ALICE} to perform kms:Decrypt, and the key policy does not delegate to IAM through the account root principal`
      expect(explainAccessDenial(unmet(['HR']), request)).toBe(
        `key policy statement #2 allows kms:Decrypt only when kms:EncryptionContext:Department is one of Finance, Audit: this call's encryption context has Department = HR; ${rest}`,
      )
      expect(explainAccessDenial(unmet([]), request)).toBe(
        `key policy statement #2 allows kms:Decrypt only when kms:EncryptionContext:Department is one of Finance, Audit: this call's encryption context has no Department; ${rest}`,
      )
    })

    it('in an identity policy, after delegation', () => {
      const decision: AccessDenied = {
        ...implicit,
        missing: 'identity-policy-allow-after-delegation',
        conditionsUnmet: [
          {
            identityPolicyIndex: 0,
            statement: { index: 0, sid: 'ViaEc2' },
            unmet: [
              {
                operator: 'StringLike',
                key: 'kms:ViaService',
                values: ['ec2.*.amazonaws.com'],
                requestValues: ['s3.us-east-1.amazonaws.com'],
              },
            ],
          },
        ],
      }
      const request = { principalArn: ALICE, action: 'kms:Decrypt', identityPolicyNames: ['ebs'] }
      expect(explainAccessDenial(decision, request)).toBe(
        `the key policy delegates to IAM, but no identity policy of ${ALICE} allows kms:Decrypt: statement 'ViaEc2' of identity policy 'ebs' allows kms:Decrypt only when kms:ViaService matches ec2.*.amazonaws.com: this call came through s3.us-east-1.amazonaws.com`,
      )
    })
  })
})
