import type {
  AccessDenied,
  ConditionUnmet,
  IdentityConditionUnmet,
  StatementRef,
  UnmetCondition,
} from './access-decision.ts'

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
      return withUnmet(
        `no identity policy of ${who} allows ${action} (it is not an action on a key, so only ` +
          'IAM policies can allow it)',
        identityUnmet(decision.conditionsUnmet, request),
      )
    case 'key-policy':
      return 'the KMS key has no key policy, so nobody can use it'
    case 'identity-policy-allow-after-delegation':
      return withUnmet(
        `the key policy delegates to IAM, but no identity policy of ${who} allows ${action}`,
        identityUnmet(decision.conditionsUnmet, request),
      )
    case 'cross-account-identity-policy-allow':
      return withUnmet(
        `the key policy allows ${who}, but it is in another account (${decision.callerAccount}), ` +
          `and no identity policy there allows ${action} on the key: cross-account use needs both`,
        identityUnmet(decision.conditionsUnmet, request),
      )
    case 'caller-account-only':
      return (
        `${action} acts on the caller's own account, and ${who} is in another account ` +
        `(${decision.callerAccount}): it can create and list only its own keys and aliases, ` +
        'and can use keys of this account only by key ARN, as their key policies allow'
      )
    case 'key-policy-allow': {
      const unmet = decision.conditionsUnmet.map(
        (c) => `key policy statement ${statementName(c.statement)} ${onlyWhen(c, action)}`,
      )
      const notDelegated =
        unmet.length === 0
          ? `no statement in the key policy allows ${who} to perform ${action}, and the key ` +
            'policy does not delegate to IAM through the account root principal'
          : `${unmet.join('; ')}; no other statement in the key policy allows ${who} to ` +
            `perform ${action}, and the key policy does not delegate to IAM through the account ` +
            'root principal'
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

/** `<sentence>: <why each conditional Allow failed>`, or the sentence alone. */
function withUnmet(sentence: string, unmet: readonly string[]): string {
  return unmet.length === 0 ? sentence : `${sentence}: ${unmet.join('; ')}`
}

function identityUnmet(
  conditionsUnmet: readonly IdentityConditionUnmet[],
  request: DeniedRequest,
): string[] {
  return conditionsUnmet.map((c) => {
    const name = request.identityPolicyNames?.[c.identityPolicyIndex]
    const policy = name === undefined ? String(c.identityPolicyIndex + 1) : `'${name}'`
    const statement = statementName(c.statement)
    return `statement ${statement} of identity policy ${policy} ${onlyWhen(c, request.action)}`
  })
}

/** `allows kms:Encrypt only when kms:ViaService is …: this call did not come through that service` */
function onlyWhen(conditionUnmet: ConditionUnmet, action: string): string {
  const { unmet } = conditionUnmet
  const required = unmet.map(requirement).join(' and ')
  const outcome = unmet.map(outcomeOf).join(', and ')
  return `allows ${action} only when ${required}: ${outcome}`
}

/** What the condition asks, e.g. `kms:ViaService is s3.us-east-1.amazonaws.com`. */
function requirement(condition: UnmetCondition): string {
  const { key, values } = condition
  const set = /^(ForAnyValue|ForAllValues):/.exec(condition.operator)?.[1]
  let base = set === undefined ? condition.operator : condition.operator.slice(set.length + 1)
  const ifExists = base.endsWith('IfExists')
  if (ifExists) base = base.slice(0, -'IfExists'.length)
  const subject =
    set === 'ForAllValues'
      ? `every value of ${key}`
      : set === 'ForAnyValue'
        ? `some value of ${key}`
        : key
  if (base === 'Null') {
    const absent = values.some((v) => v.toLowerCase() === 'true')
    return `${subject} is ${absent ? 'absent' : 'present'}`
  }
  const negated = base.includes('Not')
  const verb = base.includes('Like')
    ? negated
      ? 'does not match'
      : 'matches'
    : negated
      ? 'is not'
      : 'is'
  const listed =
    values.length === 1 ? (values[0] ?? '') : `${negated ? 'any' : 'one'} of ${values.join(', ')}`
  const ignoringCase = base.includes('IgnoreCase') ? ' (ignoring case)' : ''
  return `${subject} ${verb} ${listed}${ignoringCase}${ifExists ? ' (when present)' : ''}`
}

const ENCRYPTION_CONTEXT_KEY = /^kms:EncryptionContext:(.+)$/i

/** What the call had instead, e.g. `this call did not come through that service`. */
function outcomeOf(condition: UnmetCondition): string {
  const { key, requestValues } = condition
  const had = requestValues.join(', ')
  if (key.toLowerCase() === 'kms:viaservice') {
    return requestValues.length === 0
      ? 'this call did not come through that service'
      : `this call came through ${had}`
  }
  const contextKey = ENCRYPTION_CONTEXT_KEY.exec(key)?.[1]
  if (contextKey !== undefined) {
    return requestValues.length === 0
      ? `this call's encryption context has no ${contextKey}`
      : `this call's encryption context has ${contextKey} = ${had}`
  }
  return requestValues.length === 0 ? `this call has no ${key}` : `this call's ${key} is ${had}`
}
