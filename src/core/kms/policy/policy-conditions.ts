/**
 * The Condition element: which operators the simulator understands and how they are decided.
 * Rules (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html):
 * - several operators, and several keys under one operator, must all hold (AND);
 * - several policy values for one key: any may match (OR); for a negated operator none may (NOR);
 * - a key missing from the request makes a positive operator false and a negated one TRUE,
 *   except ...IfExists (true when missing) and Null (which tests presence);
 * - condition key names are case-insensitive, values are case-sensitive unless ...IgnoreCase;
 * - ForAnyValue:/ForAllValues: compare a multivalued key (e.g. kms:EncryptionContextKeys) as a
 *   set; when the key is missing or empty, ForAllValues is true and ForAnyValue is false, even
 *   with a negated operator (ForAnyValue:StringNotEquals): there is no value that could differ.
 * Encryption context keys are case-sensitive but condition key names are not, so one policy key
 * (`kms:EncryptionContext:dept`) can match several request keys (`Dept` and `dept` in one
 * context). A context is an unordered map, so no one of them may decide alone: every match is
 * evaluated, and the ambiguity resolves against the caller (fail closed): an Allow's condition
 * must hold for every match, a Deny's for any.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-encryption-context
 */
import { wildcardMatch } from './policy-wildcard.ts'

export type ConditionValue = string | string[] | boolean
export type ConditionBlock = Record<string, Record<string, ConditionValue>>
export type ConditionContext = Readonly<Record<string, string | readonly string[]>>

type BaseOperator =
  | 'StringEquals'
  | 'StringNotEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringNotEqualsIgnoreCase'
  | 'StringLike'
  | 'StringNotLike'
  | 'ArnEquals'
  | 'ArnNotEquals'
  | 'ArnLike'
  | 'ArnNotLike'
  | 'Bool'
  | 'Null'

const BASE_OPERATORS: ReadonlySet<string> = new Set<BaseOperator>([
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'ArnEquals',
  'ArnNotEquals',
  'ArnLike',
  'ArnNotLike',
  'Bool',
  'Null',
])

export const SUPPORTED_CONDITION_OPERATORS: readonly string[] = [...BASE_OPERATORS]

export interface ConditionOperator {
  readonly set: 'single' | 'ForAnyValue' | 'ForAllValues'
  readonly base: BaseOperator
  readonly ifExists: boolean
}

/** `ForAllValues:StringLikeIfExists` → its parts; undefined for operators not supported here. */
export function parseConditionOperator(name: string): ConditionOperator | undefined {
  const prefix = /^(ForAnyValue|ForAllValues):/.exec(name)
  const set = prefix ? (prefix[1] as 'ForAnyValue' | 'ForAllValues') : 'single'
  let base = prefix ? name.slice(prefix[0].length) : name
  const ifExists = base.endsWith('IfExists')
  if (ifExists) base = base.slice(0, -'IfExists'.length)
  if (!BASE_OPERATORS.has(base)) return undefined
  if (base === 'Null' && (ifExists || set !== 'single')) return undefined
  return { set, base: base as BaseOperator, ifExists }
}

function isNegated(base: BaseOperator): boolean {
  return base.includes('Not')
}

/** Does one request value match one policy value, for the positive form of the operator? */
function matchesOne(base: BaseOperator, requestValue: string, policyValue: string): boolean {
  switch (base) {
    case 'StringEquals':
    case 'StringNotEquals':
      return requestValue === policyValue
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase':
      return requestValue.toLowerCase() === policyValue.toLowerCase()
    case 'Bool':
      return requestValue.toLowerCase() === policyValue.toLowerCase()
    default:
      // String(Not)Like and every Arn* operator support * and ? wildcards.
      return wildcardMatch(policyValue, requestValue)
  }
}

function asStrings(value: ConditionValue): string[] {
  return (Array.isArray(value) ? value : [value]).map(String)
}

/** The values of every request key whose name matches `key` case-insensitively, in any order. */
function lookup(context: ConditionContext, key: string): (readonly string[])[] {
  const wanted = key.toLowerCase()
  const matches: (readonly string[])[] = []
  for (const [name, value] of Object.entries(context)) {
    if (name.toLowerCase() === wanted) matches.push(typeof value === 'string' ? [value] : value)
  }
  return matches
}

function operatorHolds(
  operator: ConditionOperator,
  requestValues: readonly string[] | undefined,
  policyValues: readonly string[],
): boolean {
  const { base, set } = operator
  if (base === 'Null') {
    const absent = requestValues === undefined || requestValues.length === 0
    return policyValues.some((v) => (v.toLowerCase() === 'true') === absent)
  }
  const missing = requestValues === undefined || requestValues.length === 0
  if (missing) {
    if (operator.ifExists || set === 'ForAllValues') return true
    if (set === 'ForAnyValue') return false
    return isNegated(base)
  }
  const positive = (v: string) => policyValues.some((p) => matchesOne(base, v, p))
  const negated = isNegated(base)
  if (set === 'ForAllValues') return requestValues.every((v) => positive(v) !== negated)
  if (set === 'ForAnyValue') return requestValues.some((v) => positive(v) !== negated)
  const anyMatch = requestValues.some(positive)
  return negated ? !anyMatch : anyMatch
}

function keyHolds(
  operator: ConditionOperator | undefined,
  policyValues: readonly string[],
  matches: readonly (readonly string[])[],
  effect: 'Allow' | 'Deny',
): boolean {
  // Unsupported operators are rejected when the policy is parsed; fail closed regardless.
  if (operator === undefined) return false
  if (matches.length === 0) return operatorHolds(operator, undefined, policyValues)
  const holds = (requestValues: readonly string[]) =>
    operatorHolds(operator, requestValues, policyValues)
  return effect === 'Allow' ? matches.every(holds) : matches.some(holds)
}

/**
 * True when every operator and key of the block holds for the request context. `effect` is the
 * statement's: it decides a key that matches several request keys (see the top of this file).
 */
export function conditionsHold(
  condition: ConditionBlock | undefined,
  context: ConditionContext | undefined,
  effect: 'Allow' | 'Deny',
): boolean {
  if (condition === undefined) return true
  return Object.entries(condition).every(([operatorName, keys]) => {
    const operator = parseConditionOperator(operatorName)
    return Object.entries(keys).every(([key, value]) =>
      keyHolds(operator, asStrings(value), lookup(context ?? {}, key), effect),
    )
  })
}

/** One condition key of a statement that did not hold for a request. */
export interface UnmetCondition {
  /** The operator as the policy writes it, e.g. `StringEquals`, `ForAllValues:StringLike`. */
  readonly operator: string
  /** The condition key as the policy writes it, e.g. `kms:ViaService`. */
  readonly key: string
  /** The policy's values for the key (any may match; for a negated operator none may). */
  readonly values: readonly string[]
  /** The request's values for the key; empty when the request does not have it. */
  readonly requestValues: readonly string[]
}

/** The keys of the block that do not hold for the request context, in policy order. */
export function unmetConditions(
  condition: ConditionBlock | undefined,
  context: ConditionContext | undefined,
  effect: 'Allow' | 'Deny',
): UnmetCondition[] {
  if (condition === undefined) return []
  return Object.entries(condition).flatMap(([operatorName, keys]) => {
    const operator = parseConditionOperator(operatorName)
    return Object.entries(keys).flatMap(([key, value]): UnmetCondition[] => {
      const values = asStrings(value)
      const matches = lookup(context ?? {}, key)
      if (keyHolds(operator, values, matches, effect)) return []
      return [{ operator: operatorName, key, values, requestValues: matches.flat() }]
    })
  })
}
