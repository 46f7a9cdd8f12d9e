/**
 * Policy documents (key policies and IAM identity policies) and their validation, which stands
 * in for the MalformedPolicyDocumentException checks of CreateKey and PutKeyPolicy.
 * Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * Key policy specifics: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
 * Allowed characters (the Policy member pattern):
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html#API_PutKeyPolicy_RequestSyntax
 * The 32 KB size quota is enforced by the engine (LimitExceededException), not here.
 */
import {
  type ConditionBlock,
  type ConditionValue,
  SUPPORTED_CONDITION_OPERATORS,
  parseConditionOperator,
} from './policy-conditions.ts'
import { isValidAwsPrincipal, isValidServicePrincipal } from './policy-principal.ts'

export type { ConditionBlock, ConditionValue } from './policy-conditions.ts'

export type PolicyPrincipal = '*' | { AWS?: string | string[]; Service?: string | string[] }

export interface PolicyStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Principal?: PolicyPrincipal
  NotPrincipal?: PolicyPrincipal
  Action?: string | string[]
  NotAction?: string | string[]
  Resource?: string | string[]
  NotResource?: string | string[]
  Condition?: ConditionBlock
}

export interface PolicyDocument {
  Version?: string
  Id?: string
  Statement: PolicyStatement[]
}

export type PolicyKind = 'key' | 'identity'

export type ParsePolicyResult =
  { ok: true; policy: PolicyDocument } | { ok: false; message: string }

const VERSIONS = ['2012-10-17', '2008-10-17']
const TOP_LEVEL_FIELDS = ['Version', 'Id', 'Statement']
const STATEMENT_FIELDS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]
/** `kms:Decrypt`, `kms:Generate*`, `kms:*`; the service prefix is case-insensitive. */
const ACTION = /^kms:[A-Za-z*?]+$/i
/** `*`, or an ARN (KMS key and alias ARNs, possibly with wildcards). */
const RESOURCE = /^(?:\*|arn:[^\s]+)$/
// The characters AWS allows in a policy (PolicyType pattern): tab, LF and CR are part of it.
// eslint-disable-next-line no-control-regex
const DISALLOWED_CHARACTER = /[^\u0009\u000A\u000D\u0020-\u00FF]/u

/**
 * The first character outside the Policy member's pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`
 * (its code point, and its index in UTF-16 units), or undefined when every character is allowed.
 */
export function firstDisallowedCharacter(
  text: string,
): { readonly codePoint: number; readonly index: number } | undefined {
  const bad = DISALLOWED_CHARACTER.exec(text)
  return bad ? { codePoint: bad[0].codePointAt(0) ?? 0, index: bad.index } : undefined
}

/** Thrown inside the parser only, so each check can stop at the first problem. */
class PolicyError extends Error {}

function fail(message: string): never {
  throw new PolicyError(message)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function rejectUnknownFields(object: Record<string, unknown>, allowed: string[], where: string) {
  for (const field of Object.keys(object)) {
    if (!allowed.includes(field)) {
      fail(`${where} has an unknown field "${field}"; allowed fields are ${allowed.join(', ')}.`)
    }
  }
}

/** A string or a non-empty array of strings, each checked by `valid`. */
function stringOrList(
  value: unknown,
  where: string,
  valid: (item: string) => boolean,
  what: string,
): string | string[] {
  const items = Array.isArray(value) ? value : [value]
  if (Array.isArray(value) && value.length === 0) fail(`${where} must not be an empty list.`)
  for (const item of items) {
    if (typeof item !== 'string') fail(`${where} must be a string or a list of strings.`)
    if (!valid(item)) fail(`${where} contains "${item}", which is not ${what}.`)
  }
  return Array.isArray(value) ? (value as string[]) : (value as string)
}

function parsePrincipal(value: unknown, where: string): PolicyPrincipal {
  if (value === '*') return '*'
  if (!isObject(value)) {
    fail(`${where} must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}.`)
  }
  rejectUnknownFields(value, ['AWS', 'Service'], where)
  const principal: PolicyPrincipal = {}
  if (value['AWS'] !== undefined) {
    principal.AWS = stringOrList(
      value['AWS'],
      `${where}.AWS`,
      isValidAwsPrincipal,
      'a valid AWS principal ("*", a 12-digit account ID, or arn:aws:iam::<account>:root, ' +
        ':user/<name> or :role/<name>)',
    )
  }
  if (value['Service'] !== undefined) {
    principal.Service = stringOrList(
      value['Service'],
      `${where}.Service`,
      isValidServicePrincipal,
      'a service principal such as "logs.amazonaws.com"',
    )
  }
  if (principal.AWS === undefined && principal.Service === undefined) {
    fail(`${where} names no principal: give "AWS" or "Service".`)
  }
  return principal
}

/**
 * Operators and condition keys come from the policy text, so they are kept in null-prototype
 * objects: in a plain `{}`, a key named `__proto__` would set the prototype instead of adding a
 * member, and a condition on it would silently vanish (turning a conditioned Allow into an
 * unconditional one, and fooling the lockout check).
 */
function memberMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

function parseCondition(value: unknown, where: string): ConditionBlock {
  if (!isObject(value)) fail(`${where} must be an object of condition operators.`)
  const block: ConditionBlock = memberMap()
  for (const [operator, keys] of Object.entries(value)) {
    if (parseConditionOperator(operator) === undefined) {
      fail(
        `${where} uses the condition operator "${operator}", which the KeyDeck simulator does not ` +
          `support; use ${SUPPORTED_CONDITION_OPERATORS.join(', ')} (optionally with ForAnyValue:, ` +
          'ForAllValues: or IfExists).',
      )
    }
    if (!isObject(keys) || Object.keys(keys).length === 0) {
      fail(`${where}.${operator} must be a non-empty object of condition keys and values.`)
    }
    const parsedKeys = memberMap<ConditionValue>()
    for (const [key, keyValue] of Object.entries(keys)) {
      parsedKeys[key] = parseConditionValue(keyValue, `${where}.${operator}["${key}"]`)
    }
    block[operator] = parsedKeys
  }
  return block
}

/** Numbers are accepted and kept as strings, since every supported operator compares text. */
function parseConditionValue(value: unknown, where: string): ConditionValue {
  const scalar = (item: unknown): string | boolean => {
    if (typeof item === 'string' || typeof item === 'boolean') return item
    if (typeof item === 'number') return String(item)
    return fail(`${where} must be a string, a boolean, or a list of strings.`)
  }
  if (!Array.isArray(value)) return scalar(value)
  if (value.length === 0) fail(`${where} must not be an empty list.`)
  return value.map((item) => String(scalar(item)))
}

function parseStatement(value: unknown, index: number, kind: PolicyKind): PolicyStatement {
  const label = `Statement ${index + 1}`
  if (!isObject(value)) fail(`${label} must be a JSON object, not ${describeJson(value)}.`)
  const sid = value['Sid']
  if (sid !== undefined && typeof sid !== 'string') fail(`${label}: Sid must be a string.`)
  const where = sid ? `${label} ("${sid}")` : label
  rejectUnknownFields(value, STATEMENT_FIELDS, where)

  const effect = value['Effect']
  if (effect === undefined) fail(`${where} has no Effect; use "Allow" or "Deny".`)
  if (effect !== 'Allow' && effect !== 'Deny') {
    fail(`${where} has Effect ${JSON.stringify(effect)}; it must be "Allow" or "Deny".`)
  }
  const statement: PolicyStatement = { Effect: effect }
  if (sid !== undefined) statement.Sid = sid

  const principalFields = ['Principal', 'NotPrincipal'].filter((f) => value[f] !== undefined)
  if (kind === 'identity' && principalFields.length > 0) {
    fail(
      `${where} has a ${principalFields[0]}, but an identity (IAM) policy must not: it applies to ` +
        'the user or role it is attached to.',
    )
  }
  if (kind === 'key' && principalFields.length === 0) {
    fail(`${where} has no Principal; every key policy statement must say who it applies to.`)
  }
  if (principalFields.length > 1) fail(`${where} has both Principal and NotPrincipal; use one.`)
  if (value['Principal'] !== undefined) {
    statement.Principal = parsePrincipal(value['Principal'], `${where}: Principal`)
  }
  if (value['NotPrincipal'] !== undefined) {
    statement.NotPrincipal = parsePrincipal(value['NotPrincipal'], `${where}: NotPrincipal`)
  }

  const validAction = (a: string) => a === '*' || ACTION.test(a)
  const actionWhat = 'an action of the form "kms:<Operation>" (wildcards * and ? allowed) or "*"'
  if (value['Action'] !== undefined && value['NotAction'] !== undefined) {
    fail(`${where} has both Action and NotAction; use one.`)
  }
  if (value['Action'] !== undefined) {
    statement.Action = stringOrList(value['Action'], `${where}: Action`, validAction, actionWhat)
  } else if (value['NotAction'] !== undefined) {
    statement.NotAction = stringOrList(
      value['NotAction'],
      `${where}: NotAction`,
      validAction,
      actionWhat,
    )
  } else {
    fail(`${where} has no Action (or NotAction), such as "kms:Decrypt".`)
  }

  const validResource = (r: string) => RESOURCE.test(r)
  const resourceWhat = '"*" or an ARN'
  if (value['Resource'] !== undefined && value['NotResource'] !== undefined) {
    fail(`${where} has both Resource and NotResource; use one.`)
  }
  if (value['Resource'] !== undefined) {
    statement.Resource = stringOrList(
      value['Resource'],
      `${where}: Resource`,
      validResource,
      resourceWhat,
    )
  } else if (value['NotResource'] !== undefined) {
    statement.NotResource = stringOrList(
      value['NotResource'],
      `${where}: NotResource`,
      validResource,
      resourceWhat,
    )
  } else {
    const hint = kind === 'key' ? ' In a key policy use "*", which means this KMS key.' : ''
    fail(`${where} has no Resource (or NotResource).${hint}`)
  }

  if (value['Condition'] !== undefined) {
    statement.Condition = parseCondition(value['Condition'], `${where}: Condition`)
  }
  return statement
}

function parseDocument(text: string, kind: PolicyKind): PolicyDocument {
  const bad = firstDisallowedCharacter(text)
  if (bad) {
    const codePoint = bad.codePoint.toString(16).toUpperCase().padStart(4, '0')
    fail(
      `The policy contains the character U+${codePoint} at position ${bad.index}; only tab, line ` +
        'feed, carriage return and U+0020 to U+00FF are allowed.',
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    fail(`The policy is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!isObject(json)) fail(`The policy must be a JSON object, not ${describeJson(json)}.`)
  rejectUnknownFields(json, TOP_LEVEL_FIELDS, 'The policy')

  const policy: PolicyDocument = { Statement: [] }
  const version = json['Version']
  if (version !== undefined) {
    if (typeof version !== 'string' || !VERSIONS.includes(version)) {
      fail(`The policy Version ${JSON.stringify(version)} is not valid; use "2012-10-17".`)
    }
    policy.Version = version
  }
  const id = json['Id']
  if (id !== undefined) {
    if (typeof id !== 'string') fail('The policy Id must be a string.')
    policy.Id = id
  }
  const statements = json['Statement']
  if (statements === undefined) fail('The policy has no Statement.')
  const list = Array.isArray(statements) ? statements : [statements]
  if (list.length === 0)
    fail('The policy Statement list is empty; it needs at least one statement.')
  policy.Statement = list.map((s, i) => parseStatement(s, i, kind))
  return policy
}

/**
 * Parses and validates a key policy (`kind: 'key'`: every statement needs a Principal) or an
 * IAM identity policy (`kind: 'identity'`: no Principal allowed). On failure, `message` explains
 * the first problem, for a MalformedPolicyDocumentException.
 */
export function parsePolicyDocument(text: string, kind: PolicyKind): ParsePolicyResult {
  try {
    return { ok: true, policy: parseDocument(text, kind) }
  } catch (error) {
    if (error instanceof PolicyError) return { ok: false, message: error.message }
    throw error
  }
}
