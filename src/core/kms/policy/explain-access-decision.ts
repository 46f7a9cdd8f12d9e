import type { AccessDenied, StatementRef } from './access-decision.ts'

export interface DeniedRequest {
  /** The caller, e.g. `arn:aws:iam::111122223333:user/alice`. */
  readonly principalArn: string
  /** `kms:Decrypt`, … */
  readonly action: string
  /**
   * Names of the identity policies that were evaluated, in the order given to evaluateAccess;
   * without them an identity policy is named by its position (1, 2, …).
   */
  readonly identityPolicyNames?: readonly string[]
}

/**
 * Why a request was denied, in a sentence for learners (the sandbox's "why was I denied"):
 * AWS's own AccessDeniedException says only which kind of policy is missing an Allow or has a
 * Deny, this says which policy and statement, and what to add.
 */
export function explainAccessDenial(decision: AccessDenied, request: DeniedRequest): string {
  const { principalArn: who, action } = request
  if (decision.kind === 'explicit') {
    const statement = statementName(decision.statement)
    if (decision.policy === 'key-policy') {
      return `explicit deny in the key policy statement ${statement}`
    }
    const index = decision.identityPolicyIndex
    const name = request.identityPolicyNames?.[index]
    const policy = name === undefined ? String(index + 1) : `'${name}'`
    return `explicit deny in identity policy ${policy} of ${who}, statement ${statement}`
  }
  switch (decision.missing) {
    case 'identity-policy-allow':
      return (
        `no identity policy of ${who} allows ${action} (it is not an action on a key, so only ` +
        'IAM policies can allow it)'
      )
    case 'key-policy':
      return 'the KMS key has no key policy, so nobody can use it'
    case 'identity-policy-allow-after-delegation':
      return `the key policy delegates to IAM, but no identity policy of ${who} allows ${action}`
    case 'cross-account-identity-policy-allow':
      return (
        `the key policy allows ${who}, but it is in another account (${decision.callerAccount}), ` +
        `and no identity policy there allows ${action} on the key: cross-account use needs both`
      )
    case 'caller-account-only':
      return (
        `${action} acts on the caller's own account, and ${who} is in another account ` +
        `(${decision.callerAccount}): it can create and list only its own keys and aliases, ` +
        'and can use keys of this account only by key ARN, as their key policies allow'
      )
    case 'key-policy-allow': {
      const notDelegated =
        `no statement in the key policy allows ${who} to perform ${action}, and the key policy ` +
        'does not delegate to IAM through the account root principal'
      if (!decision.identityPolicyAllows) return notDelegated
      return (
        `an identity policy allows ${action}, but IAM policies alone cannot grant access to a ` +
        `KMS key: ${notDelegated}`
      )
    }
  }
}

/** `'Sid'`, or `#n` (1-based) for a statement without a Sid. */
function statementName(statement: StatementRef): string {
  return statement.sid === undefined ? `#${statement.index + 1}` : `'${statement.sid}'`
}
