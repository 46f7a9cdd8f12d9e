import { describe, expect, it } from 'vitest'
import type { MissingAllow } from './access-decision.ts'
import {
  type AccessDecision,
  type AccessRequest,
  defaultKeyPolicy,
  evaluateAccess,
  wouldLockOut,
} from './evaluate-access.ts'
import { defaultKeyPolicyText } from '../policy-texts.ts'
import {
  type PolicyDocument,
  type PolicyStatement,
  parsePolicyDocument,
} from './policy-document.ts'

const ACCT = '111122223333'
const OTHER = '444455556666'
const ROOT = `arn:aws:iam::${ACCT}:root`
const ALICE = `arn:aws:iam::${ACCT}:user/alice`
const BOB = `arn:aws:iam::${ACCT}:user/bob`
const ADMIN = `arn:aws:iam::${ACCT}:role/KeyAdmin`
const CAROL = `arn:aws:iam::${OTHER}:user/carol`
/** A session of the role `Deployer` in the other account, as STS names the caller. */
const DEPLOY_SESSION = `arn:aws:sts::${OTHER}:assumed-role/Deployer/ci-run-42`
const KEY = `arn:aws:kms:us-east-1:${ACCT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const OTHER_KEY = `arn:aws:kms:us-east-1:${ACCT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`
const EC_DEPT = 'kms:EncryptionContext:Department'

/** Builds a policy through the parser, so every fixture is also a valid document. */
function policy(kind: 'key' | 'identity', ...statements: PolicyStatement[]): PolicyDocument {
  const result = parsePolicyDocument(
    JSON.stringify({ Version: '2012-10-17', Statement: statements }),
    kind,
  )
  if (!result.ok) throw new Error(result.message)
  return result.policy
}
const keyPolicy = (...statements: PolicyStatement[]) => policy('key', ...statements)
const iam = (...statements: PolicyStatement[]) => policy('identity', ...statements)

const ROOT_STATEMENT: PolicyStatement = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: ROOT },
  Action: 'kms:*',
  Resource: '*',
}
const allowAlice = (
  action: string | string[],
  extra: Partial<PolicyStatement> = {},
): PolicyStatement => ({
  Effect: 'Allow',
  Principal: { AWS: ALICE },
  Action: action,
  Resource: '*',
  ...extra,
})
const iamAllow = (action: string | string[], resource: string | string[] = '*') =>
  iam({ Effect: 'Allow', Action: action, Resource: resource })

const DEFAULT = defaultKeyPolicy(ACCT)
const DIRECT_ONLY = keyPolicy(allowAlice('kms:Decrypt'))
const WITH_DENY = keyPolicy(ROOT_STATEMENT, allowAlice('kms:*'), {
  Sid: 'DenyDelete',
  Effect: 'Deny',
  Principal: '*',
  Action: ['kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy'],
  Resource: '*',
})
const EC_POLICY = keyPolicy(
  allowAlice('kms:Decrypt', { Condition: { StringEquals: { [EC_DEPT]: 'Finance' } } }),
)

function request(
  principalArn: string,
  action: string,
  extra: Partial<AccessRequest> = {},
): AccessRequest {
  return { principalArn, accountId: ACCT, action, resourceArn: KEY, ...extra }
}

type Case = [
  name: string,
  request: AccessRequest,
  keyPolicy: PolicyDocument | undefined,
  identityPolicies: PolicyDocument[],
  expected: AccessDecision,
]

const allow = (via: 'key-policy' | 'key-policy-and-iam' | 'iam'): AccessDecision => ({
  effect: 'Allow',
  via,
})
const implicit = (missing: MissingAllow): AccessDecision => ({
  effect: 'Deny',
  kind: 'implicit',
  policy: 'none',
  ...missing,
})
/** Denied by statement `index` (0-based) of the key policy, or of identity policy `identity`. */
const explicit = (index: number, sid?: string, identity?: number): AccessDecision => {
  const statement = sid === undefined ? { index } : { index, sid }
  return identity === undefined
    ? { effect: 'Deny', kind: 'explicit', policy: 'key-policy', statement }
    : {
        effect: 'Deny',
        kind: 'explicit',
        policy: 'identity-policy',
        identityPolicyIndex: identity,
        statement,
      }
}

/** No key policy statement allows the caller, and the key policy does not delegate to IAM. */
const NOT_DELEGATED = implicit({
  missing: 'key-policy-allow',
  identityPolicyAllows: false,
  conditionsUnmet: [],
})
/** The same, while an identity policy does allow the action (which IAM alone cannot grant). */
const NOT_DELEGATED_DESPITE_IAM = implicit({
  missing: 'key-policy-allow',
  identityPolicyAllows: true,
  conditionsUnmet: [],
})
const NO_IAM_ALLOW_AFTER_DELEGATION = implicit({
  missing: 'identity-policy-allow-after-delegation',
  conditionsUnmet: [],
})
const NO_IAM_ALLOW_ACROSS_ACCOUNTS = implicit({
  missing: 'cross-account-identity-policy-allow',
  callerAccount: OTHER,
  conditionsUnmet: [],
})
const NO_IAM_ALLOW_FOR_NON_KEY_ACTION = implicit({
  missing: 'identity-policy-allow',
  conditionsUnmet: [],
})

const cases: Case[] = [
  // Root delegation: the default key policy lets IAM decide.
  [
    'default policy: a user without an IAM policy is denied',
    request(ALICE, 'kms:Decrypt'),
    DEFAULT,
    [],
    NO_IAM_ALLOW_AFTER_DELEGATION,
  ],
  [
    'default policy: an IAM allow grants access',
    request(ALICE, 'kms:Decrypt'),
    DEFAULT,
    [iamAllow('kms:Decrypt')],
    allow('key-policy-and-iam'),
  ],
  [
    'default policy: an IAM allow for another action does not',
    request(ALICE, 'kms:Decrypt'),
    DEFAULT,
    [iamAllow('kms:Encrypt')],
    NO_IAM_ALLOW_AFTER_DELEGATION,
  ],
  [
    'default policy: IAM allow on this key ARN',
    request(ALICE, 'kms:Decrypt'),
    DEFAULT,
    [iamAllow('kms:Decrypt', KEY)],
    allow('key-policy-and-iam'),
  ],
  [
    'default policy: IAM allow on another key ARN does not count',
    request(ALICE, 'kms:Decrypt'),
    DEFAULT,
    [iamAllow('kms:Decrypt', OTHER_KEY)],
    NO_IAM_ALLOW_AFTER_DELEGATION,
  ],
  [
    'default policy: IAM allow with a resource wildcard',
    request(ALICE, 'kms:Decrypt'),
    DEFAULT,
    [iamAllow('kms:Decrypt', `arn:aws:kms:*:${ACCT}:key/*`)],
    allow('key-policy-and-iam'),
  ],
  [
    'default policy: IAM allows one of several policies',
    request(ALICE, 'kms:Decrypt'),
    DEFAULT,
    [iamAllow('kms:Encrypt'), iamAllow('kms:De*')],
    allow('key-policy-and-iam'),
  ],
  [
    'default policy: the account root needs no IAM policy',
    request(ROOT, 'kms:ScheduleKeyDeletion'),
    DEFAULT,
    [],
    allow('key-policy'),
  ],
  [
    'a bare account ID is the account principal too',
    request(ALICE, 'kms:Decrypt'),
    keyPolicy({ ...ROOT_STATEMENT, Principal: { AWS: ACCT } }),
    [iamAllow('kms:*')],
    allow('key-policy-and-iam'),
  ],
  [
    'the account root is covered directly by a bare account ID principal',
    request(ROOT, 'kms:Decrypt'),
    keyPolicy({ ...ROOT_STATEMENT, Principal: { AWS: ACCT } }),
    [],
    allow('key-policy'),
  ],
  // Direct grants: no IAM policy needed in the same account.
  [
    'direct grant: the named user needs no IAM policy',
    request(ALICE, 'kms:Decrypt'),
    DIRECT_ONLY,
    [],
    allow('key-policy'),
  ],
  [
    'direct grant: also with an IAM policy, the key policy suffices',
    request(ALICE, 'kms:Decrypt'),
    DIRECT_ONLY,
    [iamAllow('kms:Decrypt')],
    allow('key-policy'),
  ],
  [
    'direct grant: another user is not covered',
    request(BOB, 'kms:Decrypt'),
    DIRECT_ONLY,
    [],
    NOT_DELEGATED,
  ],
  [
    'direct grant: another action is not covered',
    request(ALICE, 'kms:Encrypt'),
    DIRECT_ONLY,
    [],
    NOT_DELEGATED,
  ],
  [
    'no root statement: an IAM allow is useless',
    request(BOB, 'kms:Decrypt'),
    DIRECT_ONLY,
    [iamAllow('kms:*')],
    NOT_DELEGATED_DESPITE_IAM,
  ],
  [
    'no root statement: even the account root is not let in',
    request(ROOT, 'kms:PutKeyPolicy'),
    DIRECT_ONLY,
    [],
    NOT_DELEGATED,
  ],
  [
    'Principal "*" allows everyone in the account directly',
    request(BOB, 'kms:Encrypt'),
    keyPolicy({ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }),
    [],
    allow('key-policy'),
  ],
  [
    'a role principal',
    request(ADMIN, 'kms:PutKeyPolicy'),
    keyPolicy({
      Effect: 'Allow',
      Principal: { AWS: [BOB, ADMIN] },
      Action: 'kms:PutKeyPolicy',
      Resource: '*',
    }),
    [],
    allow('key-policy'),
  ],
  [
    'a service principal',
    request('logs.us-east-1.amazonaws.com', 'kms:Encrypt'),
    keyPolicy({
      Effect: 'Allow',
      Principal: { Service: 'logs.us-east-1.amazonaws.com' },
      Action: 'kms:Encrypt*',
      Resource: '*',
    }),
    [],
    allow('key-policy'),
  ],
  // Explicit deny wins.
  [
    'explicit deny in the key policy beats a direct allow',
    request(ALICE, 'kms:ScheduleKeyDeletion'),
    WITH_DENY,
    [iamAllow('kms:*')],
    explicit(2, 'DenyDelete'),
  ],
  [
    'explicit deny beats the root principal too',
    request(ROOT, 'kms:PutKeyPolicy'),
    WITH_DENY,
    [],
    explicit(2, 'DenyDelete'),
  ],
  [
    'the deny does not touch other actions',
    request(ALICE, 'kms:Decrypt'),
    WITH_DENY,
    [],
    allow('key-policy'),
  ],
  [
    'a deny naming the account principal covers every user of the account',
    request(ALICE, 'kms:Decrypt'),
    keyPolicy(allowAlice('kms:*'), {
      Effect: 'Deny',
      Principal: { AWS: ROOT },
      Action: 'kms:Decrypt',
      Resource: '*',
    }),
    [],
    explicit(1),
  ],
  [
    'explicit deny in an identity policy beats a key policy allow',
    request(ALICE, 'kms:Decrypt'),
    DIRECT_ONLY,
    [
      iamAllow('kms:*'),
      iam({ Sid: 'NoDecrypt', Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' }),
    ],
    explicit(0, 'NoDecrypt', 1),
  ],
  [
    'NotPrincipal deny: everyone but the admin is denied',
    request(ALICE, 'kms:PutKeyPolicy'),
    keyPolicy(ROOT_STATEMENT, {
      Sid: 'OnlyAdmin',
      Effect: 'Deny',
      NotPrincipal: { AWS: ADMIN },
      Action: 'kms:PutKeyPolicy',
      Resource: '*',
    }),
    [iamAllow('kms:*')],
    explicit(1, 'OnlyAdmin'),
  ],
  [
    'NotPrincipal deny: the admin named with its account is spared',
    request(ADMIN, 'kms:PutKeyPolicy'),
    keyPolicy(ROOT_STATEMENT, {
      Sid: 'OnlyAdmin',
      Effect: 'Deny',
      NotPrincipal: { AWS: [ADMIN, ROOT] },
      Action: 'kms:PutKeyPolicy',
      Resource: '*',
    }),
    [iamAllow('kms:*')],
    allow('key-policy-and-iam'),
  ],
  [
    'NotPrincipal deny: the admin named without its account is denied through the account',
    request(ADMIN, 'kms:PutKeyPolicy'),
    keyPolicy(ROOT_STATEMENT, {
      Sid: 'OnlyAdmin',
      Effect: 'Deny',
      NotPrincipal: { AWS: ADMIN },
      Action: 'kms:PutKeyPolicy',
      Resource: '*',
    }),
    [iamAllow('kms:*')],
    explicit(1, 'OnlyAdmin'),
  ],
  [
    'NotPrincipal deny: naming the account spares the root, not its users',
    request(ROOT, 'kms:PutKeyPolicy'),
    keyPolicy(ROOT_STATEMENT, {
      Effect: 'Deny',
      NotPrincipal: { AWS: ACCT },
      Action: 'kms:PutKeyPolicy',
      Resource: '*',
    }),
    [],
    allow('key-policy'),
  ],
  [
    'NotPrincipal deny: a role session whose role is named without its account is denied',
    request(DEPLOY_SESSION, 'kms:Decrypt'),
    keyPolicy({
      Effect: 'Deny',
      NotPrincipal: { AWS: `arn:aws:iam::${OTHER}:role/Deployer` },
      Action: 'kms:*',
      Resource: '*',
    }),
    [],
    explicit(0),
  ],
  [
    'NotPrincipal deny: a role session is spared when its role and account are named',
    request(DEPLOY_SESSION, 'kms:Decrypt'),
    keyPolicy(
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${OTHER}:role/Deployer` },
        Action: 'kms:*',
        Resource: '*',
      },
      {
        Effect: 'Deny',
        NotPrincipal: {
          AWS: [`arn:aws:iam::${OTHER}:role/Deployer`, `arn:aws:iam::${OTHER}:root`],
        },
        Action: 'kms:*',
        Resource: '*',
      },
    ),
    [],
    implicit({
      missing: 'cross-account-identity-policy-allow',
      callerAccount: OTHER,
      conditionsUnmet: [],
    }),
  ],
  // Wildcards.
  [
    'action wildcard kms:Generate*',
    request(ALICE, 'kms:GenerateDataKeyPair'),
    keyPolicy(allowAlice('kms:Generate*')),
    [],
    allow('key-policy'),
  ],
  [
    'action wildcard kms:?ncrypt matches Encrypt',
    request(ALICE, 'kms:Encrypt'),
    keyPolicy(allowAlice('kms:?ncrypt')),
    [],
    allow('key-policy'),
  ],
  [
    'action wildcard kms:?ncrypt does not match ReEncrypt',
    request(ALICE, 'kms:ReEncrypt'),
    keyPolicy(allowAlice('kms:?ncrypt')),
    [],
    NOT_DELEGATED,
  ],
  [
    'actions are case-insensitive',
    request(ALICE, 'kms:Decrypt'),
    keyPolicy(allowAlice('KMS:decrypt')),
    [],
    allow('key-policy'),
  ],
  [
    'NotAction allows everything else',
    request(ALICE, 'kms:Encrypt'),
    keyPolicy({ ...allowAlice('kms:*'), Action: undefined, NotAction: 'kms:Decrypt' }),
    [],
    allow('key-policy'),
  ],
  [
    'NotAction excludes what it names',
    request(ALICE, 'kms:Decrypt'),
    keyPolicy({ ...allowAlice('kms:*'), Action: undefined, NotAction: 'kms:Decrypt' }),
    [],
    NOT_DELEGATED,
  ],
  [
    'a key policy Resource naming another key does not apply',
    request(ALICE, 'kms:Decrypt'),
    keyPolicy(allowAlice('kms:Decrypt', { Resource: OTHER_KEY })),
    [],
    NOT_DELEGATED,
  ],
  // Conditions.
  [
    'encryption context condition met',
    request(ALICE, 'kms:Decrypt', { conditions: { [EC_DEPT]: 'Finance' } }),
    EC_POLICY,
    [],
    allow('key-policy'),
  ],
  [
    'encryption context condition with another value',
    request(ALICE, 'kms:Decrypt', { conditions: { [EC_DEPT]: 'HR' } }),
    EC_POLICY,
    [],
    implicit({
      missing: 'key-policy-allow',
      identityPolicyAllows: false,
      conditionsUnmet: [
        {
          statement: { index: 0 },
          unmet: [
            { operator: 'StringEquals', key: EC_DEPT, values: ['Finance'], requestValues: ['HR'] },
          ],
        },
      ],
    }),
  ],
  [
    'encryption context condition with no context',
    request(ALICE, 'kms:Decrypt'),
    EC_POLICY,
    [],
    implicit({
      missing: 'key-policy-allow',
      identityPolicyAllows: false,
      conditionsUnmet: [
        {
          statement: { index: 0 },
          unmet: [
            { operator: 'StringEquals', key: EC_DEPT, values: ['Finance'], requestValues: [] },
          ],
        },
      ],
    }),
  ],
  [
    'deny when no encryption context is given (Null)',
    request(ALICE, 'kms:Encrypt'),
    keyPolicy(allowAlice('kms:*'), {
      Sid: 'RequireContext',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { Null: { 'kms:EncryptionContextKeys': 'true' } },
    }),
    [],
    explicit(1, 'RequireContext'),
  ],
  [
    'kms:ViaService condition in an identity policy',
    request(ALICE, 'kms:Decrypt', {
      conditions: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' },
    }),
    DEFAULT,
    [
      iam({
        Effect: 'Allow',
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { StringLike: { 'kms:ViaService': 'ec2.*.amazonaws.com' } },
      }),
    ],
    implicit({
      missing: 'identity-policy-allow-after-delegation',
      conditionsUnmet: [
        {
          identityPolicyIndex: 0,
          statement: { index: 0 },
          unmet: [
            {
              operator: 'StringLike',
              key: 'kms:ViaService',
              values: ['ec2.*.amazonaws.com'],
              requestValues: ['s3.us-east-1.amazonaws.com'],
            },
          ],
        },
      ],
    }),
  ],
  [
    'kms:CallerAccount condition on Principal "*"',
    request(BOB, 'kms:Encrypt', { conditions: { 'kms:CallerAccount': ACCT } }),
    keyPolicy({
      Effect: 'Allow',
      Principal: '*',
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:CallerAccount': ACCT } },
    }),
    [],
    allow('key-policy'),
  ],
  // Cross-account use needs both policies.
  [
    'cross-account: a direct grant alone is not enough',
    request(CAROL, 'kms:Decrypt'),
    keyPolicy(ROOT_STATEMENT, {
      Effect: 'Allow',
      Principal: { AWS: CAROL },
      Action: 'kms:Decrypt',
      Resource: '*',
    }),
    [],
    NO_IAM_ALLOW_ACROSS_ACCOUNTS,
  ],
  [
    'cross-account: direct grant plus IAM',
    request(CAROL, 'kms:Decrypt'),
    keyPolicy(ROOT_STATEMENT, {
      Effect: 'Allow',
      Principal: { AWS: CAROL },
      Action: 'kms:Decrypt',
      Resource: '*',
    }),
    [iamAllow('kms:Decrypt')],
    allow('key-policy-and-iam'),
  ],
  [
    'cross-account: the other account principal plus IAM',
    request(CAROL, 'kms:Decrypt'),
    keyPolicy(ROOT_STATEMENT, {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
      Action: 'kms:Decrypt',
      Resource: '*',
    }),
    [iamAllow('kms:Decrypt')],
    allow('key-policy-and-iam'),
  ],
  [
    'cross-account: our account principal does not cover them',
    request(CAROL, 'kms:Decrypt'),
    DEFAULT,
    [iamAllow('kms:*')],
    NOT_DELEGATED_DESPITE_IAM,
  ],
  // Role sessions (assumed roles) belong to the account in their STS ARN.
  [
    'cross-account role session: Principal "*" alone is not enough',
    request(DEPLOY_SESSION, 'kms:Decrypt'),
    keyPolicy(ROOT_STATEMENT, {
      Effect: 'Allow',
      Principal: '*',
      Action: 'kms:Decrypt',
      Resource: '*',
    }),
    [],
    NO_IAM_ALLOW_ACROSS_ACCOUNTS,
  ],
  [
    'cross-account role session: the role named in the key policy, plus IAM',
    request(DEPLOY_SESSION, 'kms:Decrypt'),
    keyPolicy(ROOT_STATEMENT, {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${OTHER}:role/ci/Deployer` },
      Action: 'kms:Decrypt',
      Resource: '*',
    }),
    [iamAllow('kms:Decrypt')],
    allow('key-policy-and-iam'),
  ],
  [
    'cross-account role session: another role of that account does not cover it',
    request(DEPLOY_SESSION, 'kms:Decrypt'),
    keyPolicy(ROOT_STATEMENT, {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${OTHER}:role/Auditor` },
      Action: 'kms:Decrypt',
      Resource: '*',
    }),
    [iamAllow('kms:Decrypt')],
    NOT_DELEGATED_DESPITE_IAM,
  ],
  // Actions that are not on a key: only identity policies count.
  [
    'CreateKey with an IAM allow',
    request(ALICE, 'kms:CreateKey', { resourceArn: '*' }),
    undefined,
    [iamAllow('kms:CreateKey')],
    allow('iam'),
  ],
  [
    'CreateKey without an IAM allow',
    request(ALICE, 'kms:CreateKey', { resourceArn: '*' }),
    undefined,
    [iamAllow('kms:Decrypt')],
    NO_IAM_ALLOW_FOR_NON_KEY_ACTION,
  ],
  [
    'CreateKey by the root of another account: it acts on its own account, not this one',
    request(`arn:aws:iam::${OTHER}:root`, 'kms:CreateKey', { resourceArn: '*' }),
    undefined,
    [],
    implicit({ missing: 'caller-account-only', callerAccount: OTHER }),
  ],
  [
    'ListAliases by a user of another account, even with an IAM allow',
    request(CAROL, 'kms:ListAliases', { resourceArn: '*' }),
    undefined,
    [iamAllow('kms:*')],
    implicit({ missing: 'caller-account-only', callerAccount: OTHER }),
  ],
  [
    'GenerateRandom by the root of another account touches no account: allowed',
    request(`arn:aws:iam::${OTHER}:root`, 'kms:GenerateRandom', { resourceArn: '*' }),
    undefined,
    [],
    allow('iam'),
  ],
  [
    'CreateKey needs Resource "*" in IAM, not a key ARN',
    request(ALICE, 'kms:CreateKey', { resourceArn: '*' }),
    undefined,
    [iamAllow('kms:*', `arn:aws:kms:*:${ACCT}:key/*`)],
    NO_IAM_ALLOW_FOR_NON_KEY_ACTION,
  ],
  [
    'ListKeys by the account root',
    request(ROOT, 'kms:ListKeys', { resourceArn: '*' }),
    undefined,
    [],
    allow('iam'),
  ],
  [
    'a key policy is ignored for GenerateRandom',
    request(ALICE, 'kms:GenerateRandom', { resourceArn: '*' }),
    keyPolicy({ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }),
    [iamAllow('kms:GenerateRandom')],
    allow('iam'),
  ],
  [
    'an IAM deny still applies to ListAliases',
    request(ALICE, 'kms:ListAliases', { resourceArn: '*' }),
    undefined,
    [iamAllow('kms:*'), iam({ Effect: 'Deny', Action: 'kms:List*', Resource: '*' })],
    explicit(0, undefined, 1),
  ],
  [
    'a key action without any key policy',
    request(ALICE, 'kms:Decrypt'),
    undefined,
    [iamAllow('kms:*')],
    implicit({ missing: 'key-policy' }),
  ],
]

describe('evaluateAccess', () => {
  it.each(cases)('%s', (_name, req, kp, identity, expected) => {
    expect(evaluateAccess(req, kp, identity)).toEqual(expected)
  })
})

describe('wouldLockOut (policy lockout safety check)', () => {
  const onlyBob = keyPolicy({
    Effect: 'Allow',
    Principal: { AWS: BOB },
    Action: 'kms:*',
    Resource: '*',
  })
  it.each<[string, PolicyDocument, string, boolean]>([
    ['the default policy keeps the caller in through IAM', DEFAULT, ALICE, false],
    ['the default policy keeps the account root in', DEFAULT, ROOT, false],
    ['a policy for someone else locks the caller out', onlyBob, ALICE, true],
    ['a policy for someone else locks even the root out', onlyBob, ROOT, true],
    [
      'a direct grant of PutKeyPolicy keeps the caller in',
      keyPolicy(allowAlice('kms:PutKeyPolicy')),
      ALICE,
      false,
    ],
    [
      'a grant of other actions only locks the caller out',
      keyPolicy(allowAlice(['kms:Encrypt', 'kms:Decrypt'])),
      ALICE,
      true,
    ],
    ['a wildcard grant keeps the caller in', keyPolicy(allowAlice('kms:Put*')), ALICE, false],
    ['an explicit deny of PutKeyPolicy locks everyone out', WITH_DENY, ALICE, true],
    [
      'a condition on aws:PrincipalArn is evaluated for the caller',
      keyPolicy(
        allowAlice('kms:*', {
          Principal: '*',
          Condition: { StringEquals: { 'aws:PrincipalArn': ALICE } },
        }),
      ),
      ALICE,
      false,
    ],
    [
      'a condition on kms:CallerAccount is evaluated for the caller',
      keyPolicy({
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:*',
        Resource: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': OTHER } },
      }),
      ALICE,
      true,
    ],
    [
      'a policy for another account only',
      keyPolicy({ ...ROOT_STATEMENT, Principal: { AWS: OTHER } }),
      ALICE,
      true,
    ],
  ])('%s', (_name, candidate, caller, expected) => {
    expect(wouldLockOut(candidate, caller, ACCT)).toBe(expected)
  })

  it('checks key-ARN resources against keyArn when given', () => {
    const byArn = keyPolicy(allowAlice('kms:*', { Resource: KEY }))
    expect(wouldLockOut(byArn, ALICE, ACCT, KEY)).toBe(false)
    expect(wouldLockOut(byArn, ALICE, ACCT, OTHER_KEY)).toBe(true)
    expect(wouldLockOut(byArn, ALICE, ACCT)).toBe(false)
  })
})

describe('defaultKeyPolicy', () => {
  it('is exactly the policy AWS applies when CreateKey has no Policy', () => {
    expect(JSON.stringify(defaultKeyPolicy(ACCT))).toBe(
      '{"Version":"2012-10-17","Id":"key-default-1","Statement":[{"Sid":"Enable IAM User ' +
        'Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},' +
        '"Action":"kms:*","Resource":"*"}]}',
    )
  })

  it('is the text CreateKey stores and GetKeyPolicy returns', () => {
    expect(defaultKeyPolicyText(ACCT)).toBe(JSON.stringify(defaultKeyPolicy(ACCT), null, 2))
    expect(parsePolicyDocument(defaultKeyPolicyText(ACCT), 'key')).toEqual({
      ok: true,
      policy: defaultKeyPolicy(ACCT),
    })
  })

  it('returns a fresh object each time', () => {
    const a = defaultKeyPolicy(ACCT)
    a.Statement.pop()
    expect(defaultKeyPolicy(ACCT).Statement).toHaveLength(1)
  })
})
