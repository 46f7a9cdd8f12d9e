import type { UnmetCondition } from './policy-conditions.ts'

/**
 * What the authorizer decided, as data: which policy allowed or denied a request, which statement
 * denied it, or which Allow was missing. The AccessDeniedException text AWS sends
 * (../engine/authorize.ts) and the learner's explanation (explain-access-decision.ts) are both
 * built from these fields.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
 */

/** One statement of a policy: its position and, when it has one, its Sid. */
export interface StatementRef {
  /** 0-based position in the policy's Statement list. */
  readonly index: number
  readonly sid?: string
}

export interface AccessAllowed {
  readonly effect: 'Allow'
  /**
   * `key-policy`: the key policy allows the caller directly. `key-policy-and-iam`: the key policy
   * delegates to IAM (or the caller is in another account) and an identity policy allows it.
   * `iam`: an action not on a key (CreateKey, ListKeys, …), allowed by an identity policy.
   */
  readonly via: 'key-policy' | 'key-policy-and-iam' | 'iam'
}

export type { UnmetCondition } from './policy-conditions.ts'

/**
 * An Allow statement that matched the caller, the action and the key, but whose Condition did
 * not hold: the Allow the request needed exists, only its condition failed.
 */
export interface ConditionUnmet {
  readonly statement: StatementRef
  /** The condition keys that did not hold (at least one), in policy order. */
  readonly unmet: readonly [UnmetCondition, ...UnmetCondition[]]
}

/** A {@link ConditionUnmet} of one of the caller's identity policies. */
export interface IdentityConditionUnmet extends ConditionUnmet {
  /** 0-based position of the policy among the caller's identity policies evaluated. */
  readonly identityPolicyIndex: number
}

/** A Deny statement matched the request: it wins over every Allow. */
export type ExplicitDeny = {
  readonly effect: 'Deny'
  readonly kind: 'explicit'
  /** The Deny statement that matched (the first one, in policy order). */
  readonly statement: StatementRef
} & (
  | { readonly policy: 'key-policy' }
  | {
      readonly policy: 'identity-policy'
      /** 0-based position of the policy among the caller's identity policies evaluated. */
      readonly identityPolicyIndex: number
    }
)

/**
 * Why a request no statement denied was still denied: the Allow it needed is missing.
 * - `identity-policy-allow`: the action is not on a key (CreateKey, ListKeys, ListAliases,
 *   GenerateRandom), so only an identity policy can allow it, and none does;
 * - `key-policy`: the key has no key policy at all;
 * - `key-policy-allow`: no key policy statement allows the caller, and the key policy does not
 *   delegate to IAM through the account principal (`identityPolicyAllows`: an identity policy
 *   does allow the action, which is not enough: IAM alone never grants access to a KMS key);
 * - `identity-policy-allow-after-delegation`: the key policy delegates to IAM, but no identity
 *   policy of the caller allows the action;
 * - `cross-account-identity-policy-allow`: the key policy allows a caller of another account
 *   (`callerAccount`), which also needs an identity policy of its own account, and has none;
 * - `caller-account-only`: the action acts on the caller's own account (CreateKey, ListKeys,
 *   ListAliases), and the caller is of another account (`callerAccount`): no policy of this
 *   account can allow it.
 * `conditionsUnmet` lists the Allow statements of the policy that lacked the Allow which matched
 * the caller, action and key but whose Condition failed (e.g. the `kms:ViaService` of an AWS
 * managed key's policy on a direct call): empty when no such statement exists.
 */
export type MissingAllow =
  | {
      readonly missing: 'identity-policy-allow'
      readonly conditionsUnmet: readonly IdentityConditionUnmet[]
    }
  | { readonly missing: 'key-policy' }
  | {
      readonly missing: 'key-policy-allow'
      readonly identityPolicyAllows: boolean
      readonly conditionsUnmet: readonly ConditionUnmet[]
    }
  | {
      readonly missing: 'identity-policy-allow-after-delegation'
      readonly conditionsUnmet: readonly IdentityConditionUnmet[]
    }
  | {
      readonly missing: 'cross-account-identity-policy-allow'
      readonly callerAccount: string
      readonly conditionsUnmet: readonly IdentityConditionUnmet[]
    }
  | { readonly missing: 'caller-account-only'; readonly callerAccount: string }

export type ImplicitDeny = {
  readonly effect: 'Deny'
  readonly kind: 'implicit'
  /** No policy denied the request. */
  readonly policy: 'none'
} & MissingAllow

export type AccessDenied = ExplicitDeny | ImplicitDeny
export type AccessDecision = AccessAllowed | AccessDenied

/** The kind of policy whose Allow was missing: what AWS's "no … policy allows" message names. */
export function policyLackingAllow(
  missing: MissingAllow['missing'],
): 'key-policy' | 'identity-policy' {
  switch (missing) {
    case 'key-policy':
    case 'key-policy-allow':
      return 'key-policy'
    case 'identity-policy-allow':
    case 'identity-policy-allow-after-delegation':
    case 'cross-account-identity-policy-allow':
    case 'caller-account-only':
      return 'identity-policy'
  }
}
