/**
 * Authorization for KMS requests: the key policy, together with the caller's IAM identity
 * policies, decides. Rules from
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html,
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html:
 * 1. An explicit Deny in any applicable policy wins.
 * 2. For an action on a key, the key policy must allow the caller, either directly (its ARN or
 *    "*") or through the account principal (`arn:aws:iam::<acct>:root`), which delegates to IAM:
 *    then an identity policy of the caller must allow the action on the key as well. Without such
 *    a statement, IAM policies alone can never grant access to the key.
 * 3. A caller from another account always needs both: the key policy and its own IAM policy.
 * 4. Actions that are not on a key (CreateKey, ListKeys, ListAliases, GenerateRandom; resource
 *    "*") are decided by identity policies alone. CreateKey, ListKeys and ListAliases act on the
 *    caller's own account, so a caller of another account is denied them here: it would create
 *    or list keys in its own account, never in this one ("Cross-account use: No", e.g.
 *    https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeys.html).
 * The account root is not subject to identity policies: it passes every IAM check.
 */
import type {
  AccessDecision,
  ConditionUnmet,
  ExplicitDeny,
  IdentityConditionUnmet,
  ImplicitDeny,
  MissingAllow,
  StatementRef,
} from './access-decision.ts'
import { unmetConditions, type ConditionContext } from './policy-conditions.ts'
import type { PolicyDocument, PolicyStatement } from './policy-document.ts'
import { accountOf, isAccountRoot } from './policy-principal.ts'
import {
  actionMatches,
  principalCoverage,
  resourceMatches,
  statementMatches,
} from './policy-statement-match.ts'

export { defaultKeyPolicy } from './default-key-policy.ts'
export type { AccessDecision } from './access-decision.ts'

export interface AccessRequest {
  /** The caller, e.g. `arn:aws:iam::111122223333:user/alice`. */
  principalArn: string
  /** The account that owns the KMS key (the simulator's account). */
  accountId: string
  /** `kms:Decrypt`, `kms:PutKeyPolicy`, ... */
  action: string
  /** The key ARN, or "*" for actions that are not on a key (kms:CreateKey, kms:ListKeys, ...). */
  resourceArn: string
  /** Condition context, e.g. `kms:EncryptionContext:Department`, `kms:CallerAccount`. */
  conditions?: Record<string, string | string[]>
}

interface Evaluation {
  readonly principalArn: string
  readonly accountId: string
  readonly action: string
  /** undefined: "this key", ARN unknown (lockout check). */
  readonly resourceArn: string | undefined
  readonly conditions: ConditionContext | undefined
}

function statementRef(statement: PolicyStatement, index: number): StatementRef {
  return statement.Sid === undefined ? { index } : { index, sid: statement.Sid }
}

/** Statements of the key policy with the given effect that apply to the caller and request. */
function keyPolicyStatements(
  policy: PolicyDocument,
  effect: 'Allow' | 'Deny',
  request: Evaluation,
) {
  return policy.Statement.flatMap((statement, index) => {
    if (statement.Effect !== effect || !statementMatches(statement, request)) return []
    const covered = principalCoverage(statement, request.principalArn)
    return covered === 'none' ? [] : [{ statement, index, covered }]
  })
}

/**
 * The Allow statements of `policy` that match the caller (`withPrincipal`: a key policy), the
 * action and the resource, but whose Condition does not hold: why an Allow was missing.
 */
function conditionsUnmetIn(
  policy: PolicyDocument,
  request: Evaluation,
  withPrincipal: boolean,
): ConditionUnmet[] {
  return policy.Statement.flatMap((statement, index) => {
    if (statement.Effect !== 'Allow' || statement.Condition === undefined) return []
    if (!actionMatches(statement, request.action)) return []
    if (!resourceMatches(statement, request.resourceArn)) return []
    if (withPrincipal && principalCoverage(statement, request.principalArn) === 'none') return []
    const [first, ...rest] = unmetConditions(statement.Condition, request.conditions, 'Allow')
    if (first === undefined) return []
    return [{ statement: statementRef(statement, index), unmet: [first, ...rest] }]
  })
}

function identityConditionsUnmet(
  request: Evaluation,
  identityPolicies: readonly PolicyDocument[],
): IdentityConditionUnmet[] {
  return identityPolicies.flatMap((policy, identityPolicyIndex) =>
    conditionsUnmetIn(policy, request, false).map((c) => ({ ...c, identityPolicyIndex })),
  )
}

function explicitDeny(
  request: Evaluation,
  keyPolicy: PolicyDocument | undefined,
  identityPolicies: readonly PolicyDocument[],
): ExplicitDeny | undefined {
  if (keyPolicy !== undefined) {
    // A Deny that names the account principal covers every identity in that account.
    const [deny] = keyPolicyStatements(keyPolicy, 'Deny', request)
    if (deny) {
      const statement = statementRef(deny.statement, deny.index)
      return { effect: 'Deny', kind: 'explicit', policy: 'key-policy', statement }
    }
  }
  for (const [identityPolicyIndex, policy] of identityPolicies.entries()) {
    const index = policy.Statement.findIndex(
      (s) => s.Effect === 'Deny' && statementMatches(s, request),
    )
    const statement = policy.Statement[index]
    if (statement) {
      return {
        effect: 'Deny',
        kind: 'explicit',
        policy: 'identity-policy',
        identityPolicyIndex,
        statement: statementRef(statement, index),
      }
    }
  }
  return undefined
}

function identityAllows(request: Evaluation, identityPolicies: readonly PolicyDocument[]): boolean {
  if (isAccountRoot(request.principalArn)) return true
  return identityPolicies.some((policy) =>
    policy.Statement.some((s) => s.Effect === 'Allow' && statementMatches(s, request)),
  )
}

/** Actions on the caller's own account rather than on a key (resource "*"). */
const CALLER_ACCOUNT_ACTIONS: ReadonlySet<string> = new Set([
  'kms:createkey',
  'kms:listkeys',
  'kms:listaliases',
])

function implicitDeny(missing: MissingAllow): ImplicitDeny {
  return { effect: 'Deny', kind: 'implicit', policy: 'none', ...missing }
}

function evaluate(
  request: Evaluation,
  keyPolicy: PolicyDocument | undefined,
  identityPolicies: readonly PolicyDocument[],
): AccessDecision {
  const who = request.principalArn
  const keyAction = request.resourceArn !== '*'
  const denied = explicitDeny(request, keyAction ? keyPolicy : undefined, identityPolicies)
  if (denied) return denied

  const callerAccount = accountOf(who) ?? request.accountId
  const iamAllows = identityAllows(request, identityPolicies)
  if (!keyAction) {
    if (
      callerAccount !== request.accountId &&
      CALLER_ACCOUNT_ACTIONS.has(request.action.toLowerCase())
    ) {
      return implicitDeny({ missing: 'caller-account-only', callerAccount })
    }
    if (iamAllows) return { effect: 'Allow', via: 'iam' }
    return implicitDeny({
      missing: 'identity-policy-allow',
      conditionsUnmet: identityConditionsUnmet(request, identityPolicies),
    })
  }
  if (keyPolicy === undefined) return implicitDeny({ missing: 'key-policy' })

  const allows = keyPolicyStatements(keyPolicy, 'Allow', request)
  if (allows.some((a) => a.covered === 'direct')) {
    if (callerAccount === request.accountId) return { effect: 'Allow', via: 'key-policy' }
    if (iamAllows) return { effect: 'Allow', via: 'key-policy-and-iam' }
    return implicitDeny({
      missing: 'cross-account-identity-policy-allow',
      callerAccount,
      conditionsUnmet: identityConditionsUnmet(request, identityPolicies),
    })
  }
  if (allows.some((a) => a.covered === 'account')) {
    if (iamAllows) return { effect: 'Allow', via: 'key-policy-and-iam' }
    return implicitDeny({
      missing: 'identity-policy-allow-after-delegation',
      conditionsUnmet: identityConditionsUnmet(request, identityPolicies),
    })
  }
  // The account root passes every IAM check, so only a real identity policy is worth naming.
  const identityPolicyAllows = iamAllows && !isAccountRoot(who)
  return implicitDeny({
    missing: 'key-policy-allow',
    identityPolicyAllows,
    conditionsUnmet: conditionsUnmetIn(keyPolicy, request, true),
  })
}

/** Decides one request against the key policy (undefined for non-key actions) and IAM policies. */
export function evaluateAccess(
  request: AccessRequest,
  keyPolicy: PolicyDocument | undefined,
  identityPolicies: readonly PolicyDocument[],
): AccessDecision {
  return evaluate(
    {
      principalArn: request.principalArn,
      accountId: request.accountId,
      action: request.action,
      resourceArn: request.resourceArn,
      conditions: request.conditions,
    },
    keyPolicy,
    identityPolicies,
  )
}

/** Stand-in for the caller's IAM policies in the lockout check: assume they allow everything. */
const ALLOW_EVERYTHING: PolicyDocument = {
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
}

/**
 * The policy lockout safety check of CreateKey and PutKeyPolicy: true when, under `policy`, the
 * caller could no longer call kms:PutKeyPolicy on the key, even with IAM policies that allow
 * everything (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key).
 * Conditions see the global keys AWS always sets: aws:PrincipalArn, aws:PrincipalAccount and
 * kms:CallerAccount. Pass `keyArn` when statements name the key by ARN instead of "*".
 */
export function wouldLockOut(
  policy: PolicyDocument,
  callerArn: string,
  accountId: string,
  keyArn?: string,
): boolean {
  const callerAccount = accountOf(callerArn) ?? accountId
  const decision = evaluate(
    {
      principalArn: callerArn,
      accountId,
      action: 'kms:PutKeyPolicy',
      resourceArn: keyArn,
      conditions: {
        'aws:PrincipalArn': callerArn,
        'aws:PrincipalAccount': callerAccount,
        'kms:CallerAccount': callerAccount,
      },
    },
    policy,
    [ALLOW_EVERYTHING],
  )
  return decision.effect === 'Deny'
}
