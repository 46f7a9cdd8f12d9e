/**
 * Whether one policy statement applies to a request: its principal, action, resource and
 * condition elements (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html).
 */
import { conditionsHold, type ConditionContext } from './policy-conditions.ts'
import type { PolicyPrincipal, PolicyStatement } from './policy-document.ts'
import {
  accountOf,
  accountPrincipal,
  isAccountRoot,
  isSessionOfRole,
  rootArn,
} from './policy-principal.ts'
import { wildcardMatch } from './policy-wildcard.ts'

/**
 * How a key policy statement's principal covers the caller:
 * - `direct`: it names the caller (its ARN, "*", or the account principal when the caller IS
 *   the account root);
 * - `account`: it names the caller's account principal, which for an Allow means "delegate to
 *   the IAM policies of that account", and for a Deny covers every identity in the account;
 * - `none`: it does not apply to the caller.
 */
export type PrincipalCoverage = 'direct' | 'account' | 'none'

function listOf(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function coverage(principal: PolicyPrincipal, principalArn: string): PrincipalCoverage {
  if (principal === '*') return 'direct'
  let result: PrincipalCoverage = 'none'
  for (const value of listOf(principal.AWS)) {
    if (value === '*' || value === principalArn || isSessionOfRole(principalArn, value)) {
      return 'direct'
    }
    const account = accountPrincipal(value)
    if (account !== undefined && account === accountOf(principalArn)) {
      if (isAccountRoot(principalArn)) return 'direct'
      result = 'account'
    }
  }
  if (listOf(principal.Service).includes(principalArn)) return 'direct'
  return result
}

/**
 * Whether NotPrincipal exempts the caller from its statement
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html).
 * With Deny, AWS checks every principal behind the request — the caller's account, then for a
 * role session the role, then the caller — and denies unless each is named: naming a user without
 * its account (`arn:aws:iam::<acct>:root`) still denies the user, through its account. Naming an
 * account alone exempts only the account principal, not the users and roles in it. With Allow
 * (which AWS no longer supports) it excludes exactly the principals it names.
 */
function exemptedBy(statement: PolicyStatement, notPrincipal: PolicyPrincipal, caller: string) {
  const named = (arn: string) => coverage(notPrincipal, arn) === 'direct'
  if (!named(caller)) return false
  if (statement.Effect === 'Allow') return true
  // A role session counts as named through its role (session ARNs are not accepted in policies
  // here), so the account is the one principal left to check.
  const account = accountOf(caller)
  return account === undefined || named(rootArn(account))
}

export function principalCoverage(
  statement: PolicyStatement,
  principalArn: string,
): PrincipalCoverage {
  if (statement.Principal !== undefined) return coverage(statement.Principal, principalArn)
  if (statement.NotPrincipal !== undefined) {
    return exemptedBy(statement, statement.NotPrincipal, principalArn) ? 'none' : 'direct'
  }
  // Identity policies have no principal: they apply to the identity they are attached to.
  return 'direct'
}

/** Action names are case-insensitive (`kms:decrypt` matches `kms:Decrypt`). */
export function actionMatches(statement: PolicyStatement, action: string): boolean {
  if (statement.Action !== undefined) {
    return listOf(statement.Action).some((pattern) => wildcardMatch(pattern, action, true))
  }
  return !listOf(statement.NotAction).some((pattern) => wildcardMatch(pattern, action, true))
}

/**
 * `resourceArn` undefined means "this key, ARN unknown" (the lockout check): every Resource
 * matches it and no NotResource excludes it, since key policies conventionally say "*".
 */
export function resourceMatches(
  statement: PolicyStatement,
  resourceArn: string | undefined,
): boolean {
  if (resourceArn === undefined) return true
  if (statement.Resource !== undefined) {
    return listOf(statement.Resource).some((pattern) => wildcardMatch(pattern, resourceArn))
  }
  return !listOf(statement.NotResource).some((pattern) => wildcardMatch(pattern, resourceArn))
}

export interface StatementRequest {
  readonly action: string
  readonly resourceArn: string | undefined
  readonly conditions?: ConditionContext | undefined
}

/** Action, resource and conditions all match (the principal is checked separately). */
export function statementMatches(statement: PolicyStatement, request: StatementRequest): boolean {
  return (
    actionMatches(statement, request.action) &&
    resourceMatches(statement, request.resourceArn) &&
    conditionsHold(statement.Condition, request.conditions, statement.Effect)
  )
}
