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
      { ...implicit, missing: 'identity-policy-allow' },
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
      { ...implicit, missing: 'identity-policy-allow-after-delegation' },
      `the key policy delegates to IAM, but no identity policy of ${ALICE} allows kms:Decrypt`,
    ],
    [
      'no key policy allow',
      { ...implicit, missing: 'key-policy-allow', identityPolicyAllows: false },
      `no statement in the key policy allows ${ALICE} to perform kms:Decrypt, and the key policy does not delegate to IAM through the account root principal`,
    ],
    [
      'no key policy allow, with a useless IAM allow',
      { ...implicit, missing: 'key-policy-allow', identityPolicyAllows: true },
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
    }
    expect(explainAccessDenial(decision, { principalArn: CAROL, action: 'kms:Decrypt' })).toBe(
      `the key policy allows ${CAROL}, but it is in another account (444455556666), and no identity policy there allows kms:Decrypt on the key: cross-account use needs both`,
    )
  })
})
