import { describe, expect, it } from 'vitest'
import { type PolicyKind, parsePolicyDocument } from './policy-document.ts'

const ROOT = 'arn:aws:iam::111122223333:root'

/** A key policy text with one statement, with `overrides` merged in (undefined deletes). */
function keyPolicy(overrides: Record<string, unknown> = {}, top: Record<string, unknown> = {}) {
  const statement: Record<string, unknown> = {
    Sid: 'S1',
    Effect: 'Allow',
    Principal: { AWS: ROOT },
    Action: 'kms:*',
    Resource: '*',
    ...overrides,
  }
  for (const [k, v] of Object.entries(statement)) if (v === undefined) delete statement[k]
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement], ...top })
}

function messageOf(text: string, kind: PolicyKind = 'key'): string {
  const result = parsePolicyDocument(text, kind)
  return result.ok ? 'ok' : result.message
}

describe('parsePolicyDocument: valid documents', () => {
  it('parses the default key policy', () => {
    const text =
      '{"Version":"2012-10-17","Id":"key-default-1","Statement":[{"Sid":"Enable IAM User ' +
      'Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},' +
      '"Action":"kms:*","Resource":"*"}]}'
    expect(parsePolicyDocument(text, 'key')).toEqual({
      ok: true,
      policy: {
        Version: '2012-10-17',
        Id: 'key-default-1',
        Statement: [
          {
            Sid: 'Enable IAM User Permissions',
            Effect: 'Allow',
            Principal: { AWS: ROOT },
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      },
    })
  })

  it('accepts a single statement object, lists, NotAction, NotPrincipal, services and conditions', () => {
    const text = JSON.stringify({
      Statement: {
        Effect: 'Deny',
        NotPrincipal: { AWS: ['111122223333', 'arn:aws:iam::111122223333:role/path/Admin'] },
        NotAction: ['kms:Describe*', 'kms:List?eys'],
        NotResource: 'arn:aws:kms:us-east-1:111122223333:key/*',
        Condition: {
          StringEquals: {
            'kms:EncryptionContext:Dept': ['HR', 'Finance'],
            'kms:CallerAccount': 111122223333,
          },
          Bool: { 'kms:GrantIsForAWSResource': true },
        },
      },
    })
    const result = parsePolicyDocument(text, 'key')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [statement] = result.policy.Statement
    expect(statement?.Condition?.['StringEquals']?.['kms:CallerAccount']).toBe('111122223333')
    expect(statement?.NotAction).toEqual(['kms:Describe*', 'kms:List?eys'])
    expect(messageOf(keyPolicy({ Principal: { Service: 'logs.us-east-1.amazonaws.com' } }))).toBe(
      'ok',
    )
    expect(messageOf(keyPolicy({ Principal: '*' }))).toBe('ok')
    expect(messageOf(keyPolicy({ Principal: { AWS: '*' } }))).toBe('ok')
    expect(messageOf(keyPolicy({ Action: '*' }))).toBe('ok')
    expect(messageOf(keyPolicy({}, { Version: '2008-10-17' }))).toBe('ok')
    expect(messageOf(keyPolicy({}, { Version: undefined }))).toBe('ok')
  })

  it('parses an identity policy, which has no Principal', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['kms:Encrypt', 'kms:Decrypt'],
          Resource: 'arn:aws:kms:*:111122223333:key/*',
        },
      ],
    })
    expect(messageOf(text, 'identity')).toBe('ok')
  })

  it('accepts tabs, newlines and Latin-1 characters', () => {
    expect(messageOf(keyPolicy({ Sid: 'café' }).replace('{', '{\n\t\r '))).toBe('ok')
  })
})

describe('parsePolicyDocument: MalformedPolicyDocumentException messages', () => {
  it.each<[string, string, PolicyKind, string]>([
    [
      'a character above U+00FF',
      keyPolicy({ Sid: 'ключ' }),
      'key',
      'contains the character U+043A at position',
    ],
    ['a control character', keyPolicy().replace('{', '{\u0001'), 'key', 'U+0001 at position 1;'],
    ['invalid JSON', '{"Statement": [', 'key', 'The policy is not valid JSON'],
    ['an empty text', '', 'key', 'The policy is not valid JSON'],
    ['a JSON array', '[]', 'key', 'The policy must be a JSON object, not an array.'],
    ['a JSON string', '"policy"', 'key', 'The policy must be a JSON object, not a string.'],
    [
      'an unknown top-level field',
      keyPolicy({}, { Statements: [] }),
      'key',
      'The policy has an unknown field "Statements"',
    ],
    [
      'a bad Version',
      keyPolicy({}, { Version: '2024-01-01' }),
      'key',
      'The policy Version "2024-01-01" is not valid',
    ],
    ['a non-string Id', keyPolicy({}, { Id: 7 }), 'key', 'The policy Id must be a string.'],
    ['no Statement', '{"Version":"2012-10-17"}', 'key', 'The policy has no Statement.'],
    ['an empty Statement list', '{"Statement":[]}', 'key', 'The policy Statement list is empty'],
    [
      'a statement that is not an object',
      '{"Statement":["Allow"]}',
      'key',
      'Statement 1 must be a JSON object, not a string.',
    ],
    ['a non-string Sid', keyPolicy({ Sid: 1 }), 'key', 'Statement 1: Sid must be a string.'],
    [
      'an unknown statement field',
      keyPolicy({ Actions: 'kms:*' }),
      'key',
      'Statement 1 ("S1") has an unknown field "Actions"',
    ],
    ['no Effect', keyPolicy({ Effect: undefined }), 'key', 'Statement 1 ("S1") has no Effect'],
    [
      'a bad Effect',
      keyPolicy({ Effect: 'allow' }),
      'key',
      'has Effect "allow"; it must be "Allow" or "Deny".',
    ],
    [
      'no Principal in a key policy',
      keyPolicy({ Principal: undefined }),
      'key',
      'has no Principal; every key policy statement',
    ],
    [
      'a Principal in an identity policy',
      keyPolicy(),
      'identity',
      'has a Principal, but an identity (IAM) policy must not',
    ],
    [
      'a NotPrincipal in an identity policy',
      keyPolicy({ Principal: undefined, NotPrincipal: { AWS: ROOT } }),
      'identity',
      'has a NotPrincipal, but an identity',
    ],
    [
      'both Principal and NotPrincipal',
      keyPolicy({ NotPrincipal: { AWS: ROOT } }),
      'key',
      'has both Principal and NotPrincipal',
    ],
    [
      'a Principal string other than "*"',
      keyPolicy({ Principal: ROOT }),
      'key',
      'Principal must be "*" or an object',
    ],
    [
      'an unknown principal type',
      keyPolicy({ Principal: { Federated: 'cognito-identity.amazonaws.com' } }),
      'key',
      'Principal has an unknown field "Federated"',
    ],
    [
      'an empty principal object',
      keyPolicy({ Principal: {} }),
      'key',
      'Principal names no principal',
    ],
    [
      'a malformed principal ARN',
      keyPolicy({ Principal: { AWS: 'arn:aws:iam::1234:root' } }),
      'key',
      'contains "arn:aws:iam::1234:root", which is not a valid AWS principal',
    ],
    [
      'a group as principal',
      keyPolicy({ Principal: { AWS: 'arn:aws:iam::111122223333:group/Admins' } }),
      'key',
      'which is not a valid AWS principal',
    ],
    [
      'a wildcard inside a principal ARN',
      keyPolicy({ Principal: { AWS: 'arn:aws:iam::111122223333:user/*' } }),
      'key',
      'which is not a valid AWS principal',
    ],
    [
      'a non-string principal',
      keyPolicy({ Principal: { AWS: [ROOT, 5] } }),
      'key',
      'Principal.AWS must be a string or a list of strings.',
    ],
    [
      'an empty principal list',
      keyPolicy({ Principal: { AWS: [] } }),
      'key',
      'Principal.AWS must not be an empty list.',
    ],
    [
      'a bad service principal',
      keyPolicy({ Principal: { Service: 'logs' } }),
      'key',
      'which is not a service principal',
    ],
    ['no Action', keyPolicy({ Action: undefined }), 'key', 'has no Action (or NotAction)'],
    [
      'both Action and NotAction',
      keyPolicy({ NotAction: 'kms:Decrypt' }),
      'key',
      'has both Action and NotAction',
    ],
    [
      'an action of another service',
      keyPolicy({ Action: 's3:GetObject' }),
      'key',
      'contains "s3:GetObject", which is not an action of the form "kms:<Operation>"',
    ],
    ['an action without a prefix', keyPolicy({ Action: 'Decrypt' }), 'key', 'contains "Decrypt"'],
    ['an empty action list', keyPolicy({ Action: [] }), 'key', 'Action must not be an empty list.'],
    [
      'a non-string action',
      keyPolicy({ Action: ['kms:Decrypt', null] }),
      'key',
      'Action must be a string or a list of strings.',
    ],
    [
      'no Resource in a key policy',
      keyPolicy({ Resource: undefined }),
      'key',
      'has no Resource (or NotResource). In a key policy use "*"',
    ],
    [
      'no Resource in an identity policy',
      keyPolicy({ Principal: undefined, Resource: undefined }),
      'identity',
      'has no Resource (or NotResource).',
    ],
    [
      'both Resource and NotResource',
      keyPolicy({ NotResource: '*' }),
      'key',
      'has both Resource and NotResource',
    ],
    [
      'a resource that is not an ARN',
      keyPolicy({ Resource: 'my-key' }),
      'key',
      'contains "my-key", which is not "*" or an ARN.',
    ],
    [
      'a Condition that is not an object',
      keyPolicy({ Condition: 'yes' }),
      'key',
      'Condition must be an object of condition operators.',
    ],
    [
      'an unsupported condition operator',
      keyPolicy({ Condition: { NumericLessThan: { 'kms:X': 1 } } }),
      'key',
      'uses the condition operator "NumericLessThan", which the KeyDeck simulator does not support',
    ],
    [
      'an empty condition operator',
      keyPolicy({ Condition: { StringEquals: {} } }),
      'key',
      'StringEquals must be a non-empty object',
    ],
    [
      'an object as condition value',
      keyPolicy({ Condition: { StringEquals: { 'kms:X': { a: 1 } } } }),
      'key',
      'must be a string, a boolean, or a list of strings.',
    ],
    [
      'an empty condition value list',
      keyPolicy({ Condition: { StringEquals: { 'kms:X': [] } } }),
      'key',
      'must not be an empty list.',
    ],
  ])('rejects %s', (_name, text, kind, expected) => {
    expect(messageOf(text, kind)).toContain(expected)
  })

  it('names the failing statement by position and Sid', () => {
    const text = JSON.stringify({
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' },
        { Sid: 'Broken', Effect: 'Allow', Principal: '*', Resource: '*' },
      ],
    })
    expect(messageOf(text)).toBe(
      'Statement 2 ("Broken") has no Action (or NotAction), such as "kms:Decrypt".',
    )
  })
})
