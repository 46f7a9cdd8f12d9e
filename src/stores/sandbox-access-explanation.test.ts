import { describe, expect, it } from 'vitest'
import type { AccessDenied } from '@/core/kms/index.ts'
import { explainAccessDenied } from './sandbox-access-explanation.ts'

const sentence = 'the key policy says so'

describe('explainAccessDenied', () => {
  it('names the missing identity policy when the key policy delegates to IAM', () => {
    const explained = explainAccessDenied(
      {
        effect: 'Deny',
        kind: 'implicit',
        policy: 'none',
        missing: 'identity-policy-allow-after-delegation',
        conditionsUnmet: [],
      },
      sentence,
    )
    expect(explained?.why).toMatch(
      /^The key policy says so\. .*what is missing is the caller’s identity policy/,
    )
    expect(explained?.fix).toMatch(/attach to the caller an identity policy/)
  })

  it('says the identity policy is not enough when the key policy does not delegate', () => {
    const base = {
      effect: 'Deny',
      kind: 'implicit',
      policy: 'none',
      missing: 'key-policy-allow',
      conditionsUnmet: [],
    } as const
    expect(explainAccessDenied({ ...base, identityPolicyAllows: true }, sentence)?.why).toMatch(
      /^The key policy does not delegate to IAM, so the caller’s identity policy is not enough/,
    )
    expect(
      explainAccessDenied(
        { ...base, identityPolicyAllows: true },
        sentence,
        'arn:aws:iam::111122223333:role/auditor',
      )?.why,
    ).toMatch(/so the role’s identity policy is not enough/)
    expect(explainAccessDenied({ ...base, identityPolicyAllows: false }, sentence)?.why).toMatch(
      /What is missing: a key policy statement that allows the caller; an identity policy would not be enough either/,
    )
  })

  it('points at the Deny statement that decided', () => {
    const why = explainAccessDenied(
      {
        effect: 'Deny',
        kind: 'explicit',
        policy: 'key-policy',
        statement: { index: 0, sid: 'No' },
      },
      "explicit deny in the key policy statement 'No'",
    )
    expect(why?.why).toBe(
      "Explicit deny in the key policy statement 'No'. An explicit Deny wins over every Allow, in any policy.",
    )
    expect(why?.fix).toMatch(/Remove or narrow that Deny statement in the key policy/)
  })

  it('names the missing IAM Allow for actions not on a key, and says nothing without a decision', () => {
    expect(
      explainAccessDenied(
        {
          effect: 'Deny',
          kind: 'implicit',
          policy: 'none',
          missing: 'identity-policy-allow',
          conditionsUnmet: [],
        },
        sentence,
      )?.why,
    ).toMatch(/What is missing: an identity policy of the caller that allows it\.$/)
    expect(explainAccessDenied(undefined, sentence)).toBeUndefined()
  })

  describe('an Allow statement whose condition failed', () => {
    const keyPolicyAllow = (key: string): AccessDenied => ({
      effect: 'Deny',
      kind: 'implicit',
      policy: 'none',
      missing: 'key-policy-allow',
      identityPolicyAllows: false,
      conditionsUnmet: [
        {
          statement: { index: 0 },
          unmet: [{ operator: 'StringEquals', key, values: ['x'], requestValues: [] }],
        },
      ],
    })

    it('on an AWS managed key: only through its service (kms:ViaService)', () => {
      const explained = explainAccessDenied(keyPolicyAllow('kms:ViaService'), sentence)
      expect(explained?.why).toBe(
        'The key policy says so. The Allow statement exists, but its Condition did not hold for this call, and an Allow whose condition fails allows nothing.',
      )
      expect(explained?.fix).toMatch(/^The key may be used only through the AWS service/)
      expect(explained?.fix).toMatch(/use a customer managed key/)
    })

    it('on a customer key: pass the encryption context it requires', () => {
      const explained = explainAccessDenied(
        keyPolicyAllow('kms:EncryptionContext:Department'),
        sentence,
      )
      expect(explained?.why).toMatch(/The Allow statement exists, but its Condition did not hold/)
      expect(explained?.fix).toMatch(
        /^Pass the encryption context the statement requires .* in the key policy \(Key policy panel/,
      )
    })
  })
})
