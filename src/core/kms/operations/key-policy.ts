import { assertAcceptableKeyPolicy } from '../engine/check-key-policy.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { NotFoundException, UnsupportedOperationException } from '../errors.ts'
import type { KeyRecord } from '../key-record.ts'
import { boolean, required, string } from '../validation/shape.ts'
import { keyIdMember, limitMember, markerMember } from './common-members.ts'
import { paginate, pagingMembers, type PagingMembers } from './paginate.ts'

/** Every key has exactly one key policy, and its only valid name is `default`. */
const POLICY_NAME = 'default'
const policyNameMember = () => string({ min: 1, max: 128, pattern: '[\\w]+' })

function assertPolicyName(key: KeyRecord, name: string | undefined): void {
  if (name !== undefined && name !== POLICY_NAME) {
    throw new NotFoundException(
      `No such policy exists: the only key policy of ${key.arn} is named default.`,
    )
  }
}

/**
 * Works in every key state.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html
 */
export const getKeyPolicy = defineOperation({
  input: { KeyId: required(keyIdMember()), PolicyName: policyNameMember() },
  async run(rc, input): Promise<{ Policy: string; PolicyName: string }> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:GetKeyPolicy', key)
    assertPolicyName(key, input.PolicyName)
    return { Policy: key.policy, PolicyName: POLICY_NAME }
  },
})

/**
 * Replaces the key policy. The lockout safety check refuses a policy that would stop the caller
 * from calling PutKeyPolicy again, unless BypassPolicyLockoutSafetyCheck is true.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html
 */
export const putKeyPolicy = defineOperation({
  input: {
    KeyId: required(keyIdMember()),
    PolicyName: policyNameMember(),
    Policy: required(string({ min: 1, max: 131072 })),
    BypassPolicyLockoutSafetyCheck: boolean(),
  },
  async run(rc, input): Promise<void> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    if (key.keyManager === 'AWS') {
      throw new UnsupportedOperationException(
        `${key.arn} is an AWS managed key. Its key policy is controlled by AWS and cannot be changed.`,
      )
    }
    await rc.authorize('kms:PutKeyPolicy', key)
    assertPolicyName(key, input.PolicyName)
    assertAcceptableKeyPolicy(input.Policy, {
      caller: rc.caller,
      accountId: rc.accountId,
      keyArn: key.arn,
      bypassLockoutCheck: input.BypassPolicyLockoutSafetyCheck === true,
    })
    await rc.store.keys.put(key.keyId, { ...key, policy: input.Policy })
  },
})

export interface ListKeyPoliciesOutput extends PagingMembers {
  PolicyNames: string[]
}

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeyPolicies.html */
export const listKeyPolicies = defineOperation({
  input: { KeyId: required(keyIdMember()), Limit: limitMember(1000), Marker: markerMember() },
  async run(rc, input): Promise<ListKeyPoliciesOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:ListKeyPolicies', key)
    const page = paginate([POLICY_NAME], (name) => name, input.Limit ?? 100, input.Marker)
    return {
      PolicyNames: page.items,
      ...pagingMembers(page),
    }
  },
})
