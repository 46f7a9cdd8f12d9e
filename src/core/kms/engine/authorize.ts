import {
  AccessDeniedException,
  KMSInternalException,
  UnrecognizedClientException,
} from '../errors.ts'
import type { PrincipalRecord } from '../iam/principal-record.ts'
import {
  policyLackingAllow,
  type AccessDecision,
  type AccessDenied,
} from '../policy/access-decision.ts'
import { grantAllows } from '../grants/grant-authorization.ts'
import { evaluateAccess } from '../policy/evaluate-access.ts'
import { explainAccessDenial } from '../policy/explain-access-decision.ts'
import { accountOf, isAwsInfrastructureSession } from '../policy/policy-principal.ts'
import {
  parsePolicyDocument,
  type ParsePolicyResult,
  type PolicyDocument,
  type PolicyKind,
} from '../policy/policy-document.ts'
import type { Authorizer } from './kms-engine.ts'
import { rootArnOf } from './engine-context.ts'

/**
 * Authorization of every request, as KMS does it: the key policy (for actions on a key) together
 * with the caller's IAM identity policies, evaluated by ../policy/evaluate-access.ts, and the
 * key's grants (../grants/grant-authorization.ts), which can allow what the policies do not. Callers of
 * this account must exist (the root always does), except sessions of AWS's own roles
 * (`aws:ec2-infrastructure`), which have no identity policies; callers of other accounts are
 * taken as they come, with no identity policies (their root passes IAM, as in AWS).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/control-access.html
 */
export function createAuthorizer(): Authorizer {
  const parse = createPolicyCache()
  return async ({ ctx, caller, action, key, conditions, grantRequest }) => {
    // The same parse the policy evaluation uses, so both agree on whose account the caller is.
    const callerAccount = accountOf(caller)
    if (callerAccount === undefined) {
      throw new UnrecognizedClientException(
        `The caller ${caller} is not a valid IAM principal ARN (a user, a role, the account root or a role session).`,
      )
    }
    let identityPolicies: NamedPolicy[] = []
    if (
      callerAccount === ctx.accountId &&
      caller !== rootArnOf(ctx.accountId) &&
      !isAwsInfrastructureSession(caller)
    ) {
      const principal = await ctx.store.principals.get(caller)
      if (principal === undefined) {
        throw new UnrecognizedClientException(
          'The security token included in the request is invalid.',
        )
      }
      identityPolicies = identityPoliciesOf(principal, parse)
    }
    const keyPolicy = key === undefined ? undefined : parsedKeyPolicy(key.policy, parse)
    const resource = key?.arn ?? '*'
    const decide = (): AccessDecision =>
      evaluateAccess(
        {
          principalArn: caller,
          accountId: ctx.accountId,
          action,
          resourceArn: resource,
          conditions: {
            ...conditions,
            'kms:CallerAccount': callerAccount,
            'aws:PrincipalArn': caller,
            'aws:PrincipalAccount': callerAccount,
          },
        },
        keyPolicy?.document,
        identityPolicies.map((p) => p.document),
      )
    const decision =
      keyPolicy !== undefined && keyPolicy.conditionFree && identityPolicies.length === 0
        ? memoized(keyPolicy, `${caller} ${action} ${resource}`, decide)
        : decide()
    if (decision.effect === 'Deny') {
      // Grants only allow: they are looked at when no policy allowed and none denied explicitly,
      // so a request the key policy allows pays nothing for them.
      if (
        decision.kind !== 'explicit' &&
        key !== undefined &&
        (await grantAllows(ctx, caller, action, key, conditions, grantRequest))
      ) {
        return
      }
      const explanation = explainAccessDenial(decision, {
        principalArn: caller,
        action,
        identityPolicyNames: identityPolicies.map((p) => p.name),
      })
      throw new AccessDeniedException(
        accessDeniedMessage(caller, action, resource, decision),
        explanation,
        decision,
      )
    }
  }
}

/** A parsed policy, shared by every request that uses the same text; the evaluator only reads it. */
interface ParsedPolicy {
  readonly document: PolicyDocument
  /** No statement has a Condition: a decision then depends on nothing but who, what and which key. */
  readonly conditionFree: boolean
  /** Decisions under this key policy alone (no identity policies), by caller, action and key. */
  readonly decisions: Map<string, AccessDecision>
}

/**
 * Most requests come from the account root under a condition-free key policy (the default one),
 * where evaluating the policy again gives the same answer every time: it is looked up instead.
 */
function memoized(policy: ParsedPolicy, request: string, decide: () => AccessDecision) {
  let decision = policy.decisions.get(request)
  if (decision === undefined) {
    if (policy.decisions.size >= DECISION_CACHE_SIZE) policy.decisions.clear()
    decision = decide()
    policy.decisions.set(request, decision)
  }
  return decision
}

type ParsePolicy = (text: string, kind: PolicyKind) => ParsedPolicy | { message: string }

/** Most distinct policy texts kept parsed; past it the cache starts over (learners have few). */
const POLICY_CACHE_SIZE = 256
/** Most decisions kept per key policy (callers × actions × keys sharing the policy text). */
const DECISION_CACHE_SIZE = 1024

/**
 * Parsing a policy's JSON on every request was a large share of a request's cost, and the text
 * of a key policy rarely changes, so parsed documents are kept by their text. They are shared:
 * the evaluator only reads them.
 */
function createPolicyCache(): ParsePolicy {
  const cache = new Map<string, ParsedPolicy | { message: string }>()
  return (text, kind) => {
    const id = `${kind}:${text}`
    let parsed = cache.get(id)
    if (parsed === undefined) {
      if (cache.size >= POLICY_CACHE_SIZE) cache.clear()
      parsed = toParsedPolicy(parsePolicyDocument(text, kind))
      cache.set(id, parsed)
    }
    return parsed
  }
}

function toParsedPolicy(result: ParsePolicyResult): ParsedPolicy | { message: string } {
  if (!result.ok) return { message: result.message }
  return {
    document: result.policy,
    conditionFree: result.policy.Statement.every((s) => s.Condition === undefined),
    decisions: new Map(),
  }
}

interface NamedPolicy extends ParsedPolicy {
  readonly name: string
}

function identityPoliciesOf(principal: PrincipalRecord, parse: ParsePolicy): NamedPolicy[] {
  return Object.entries(principal.policies).flatMap(([name, text]) => {
    const parsed = parse(text, 'identity')
    return 'document' in parsed ? [{ ...parsed, name }] : []
  })
}

function parsedKeyPolicy(text: string, parse: ParsePolicy): ParsedPolicy {
  const parsed = parse(text, 'key')
  // Key policies are checked when they are set, so a stored one always parses.
  if (!('document' in parsed))
    throw new KMSInternalException(`stored key policy does not parse: ${parsed.message}`)
  return parsed
}

/**
 * AWS's AccessDeniedException wording, e.g. `User: arn:aws:iam::111122223333:user/alice is not
 * authorized to perform: kms:Decrypt on resource: arn:aws:kms:…:key/… because no resource-based
 * policy allows the kms:Decrypt action`. It names only the kind of policy: resource-based (the
 * key policy) or identity-based (IAM).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 */
export function accessDeniedMessage(
  caller: string,
  action: string,
  resource: string,
  decision: AccessDenied,
): string {
  const head = `User: ${caller} is not authorized to perform: ${action} on resource: ${resource}`
  if (decision.kind === 'explicit') {
    const where =
      decision.policy === 'key-policy' ? 'a resource-based policy' : 'an identity-based policy'
    return `${head} with an explicit deny in ${where}`
  }
  const policyType =
    policyLackingAllow(decision.missing) === 'key-policy' ? 'resource-based' : 'identity-based'
  return `${head} because no ${policyType} policy allows the ${action} action`
}
