/**
 * Whether one policy statement applies to a request: its principal, action, resource and
 * condition elements (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html).
 */
import { conditionsHold, type ConditionContext } from './policy-conditions.ts'
import type { PolicyPrincipal, PolicyStatement } from './policy-document.ts'
import { accountOf, accountPrincipal, isAccountRoot, isSessionOfRole } from './policy-principal.ts'
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
 * NotPrincipal excludes exactly the principals it names; naming an account excludes only the
 * account principal, not the users and roles in it
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html).
 */
function excludedBy(notPrincipal: PolicyPrincipal, principalArn: string): boolean {
  return coverage(notPrincipal, principalArn) === 'direct'
}

export function principalCoverage(
  statement: PolicyStatement,
  principalArn: string,
): PrincipalCoverage {
  if (statement.Principal !== undefined) return coverage(statement.Principal, principalArn)
  if (statement.NotPrincipal !== undefined) {
    return excludedBy(statement.NotPrincipal, principalArn) ? 'none' : 'direct'
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
