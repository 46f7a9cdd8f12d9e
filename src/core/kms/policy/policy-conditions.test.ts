import { describe, expect, it } from 'vitest'
import {
  type ConditionBlock,
  type ConditionContext,
  conditionsHold,
  parseConditionOperator,
} from './policy-conditions.ts'

const EC = 'kms:EncryptionContext:Department'
const KEYS = 'kms:EncryptionContextKeys'

describe('parseConditionOperator', () => {
  it.each([
    ['StringEquals', { set: 'single', base: 'StringEquals', ifExists: false }],
    ['StringLikeIfExists', { set: 'single', base: 'StringLike', ifExists: true }],
    ['ForAnyValue:StringEquals', { set: 'ForAnyValue', base: 'StringEquals', ifExists: false }],
    ['ForAllValues:StringNotLike', { set: 'ForAllValues', base: 'StringNotLike', ifExists: false }],
    ['Null', { set: 'single', base: 'Null', ifExists: false }],
    ['Bool', { set: 'single', base: 'Bool', ifExists: false }],
  ])('%s', (name, expected) => {
    expect(parseConditionOperator(name)).toEqual(expected)
  })

  it.each([
    'NumericLessThan',
    'DateGreaterThan',
    'IpAddress',
    'NullIfExists',
    'ForAnyValue:Null',
    'stringequals',
    'Foo:StringEquals',
  ])('does not support %s', (name) => {
    expect(parseConditionOperator(name)).toBeUndefined()
  })
})

describe('conditionsHold', () => {
  const cases: [string, ConditionBlock, ConditionContext, boolean][] = [
    ['no condition', {}, {}, true],
    ['StringEquals matches', { StringEquals: { [EC]: 'Finance' } }, { [EC]: 'Finance' }, true],
    [
      'StringEquals is case-sensitive in the value',
      { StringEquals: { [EC]: 'finance' } },
      { [EC]: 'Finance' },
      false,
    ],
    [
      'condition key names are case-insensitive',
      { StringEquals: { 'KMS:encryptioncontext:department': 'Finance' } },
      { [EC]: 'Finance' },
      true,
    ],
    [
      'several policy values are ORed',
      { StringEquals: { [EC]: ['HR', 'Finance'] } },
      { [EC]: 'Finance' },
      true,
    ],
    [
      'several keys are ANDed',
      { StringEquals: { [EC]: 'Finance', 'kms:CallerAccount': '111122223333' } },
      { [EC]: 'Finance', 'kms:CallerAccount': '444455556666' },
      false,
    ],
    [
      'several operators are ANDed',
      {
        StringEquals: { [EC]: 'Finance' },
        StringLike: { 'kms:ViaService': 'ec2.*.amazonaws.com' },
      },
      { [EC]: 'Finance', 'kms:ViaService': 's3.us-east-1.amazonaws.com' },
      false,
    ],
    ['a missing key makes StringEquals false', { StringEquals: { [EC]: 'Finance' } }, {}, false],
    [
      'a missing key makes StringNotEquals TRUE',
      { StringNotEquals: { [EC]: 'Finance' } },
      {},
      true,
    ],
    [
      'StringNotEquals with several values is a NOR',
      { StringNotEquals: { [EC]: ['HR', 'Finance'] } },
      { [EC]: 'Finance' },
      false,
    ],
    [
      'StringNotEquals true for another value',
      { StringNotEquals: { [EC]: ['HR', 'Finance'] } },
      { [EC]: 'Legal' },
      true,
    ],
    [
      'StringEqualsIgnoreCase',
      { StringEqualsIgnoreCase: { [EC]: 'FINANCE' } },
      { [EC]: 'finance' },
      true,
    ],
    [
      'StringLike with *',
      { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/app-*' } },
      { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/app-web' },
      true,
    ],
    ['StringLike with ?', { StringLike: { [EC]: 'Fin?nce' } }, { [EC]: 'Finance' }, true],
    ['StringNotLike', { StringNotLike: { [EC]: 'Fin*' } }, { [EC]: 'Finance' }, false],
    [
      'ArnLike',
      { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
      { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:root' },
      true,
    ],
    [
      'StringEqualsIfExists with the key missing',
      { StringEqualsIfExists: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } },
      {},
      true,
    ],
    [
      'StringEqualsIfExists with another value',
      { StringEqualsIfExists: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } },
      { 'kms:ViaService': 's3.us-east-1.amazonaws.com' },
      false,
    ],
    [
      'Bool true (boolean in the policy)',
      { Bool: { 'kms:GrantIsForAWSResource': true } },
      { 'kms:GrantIsForAWSResource': 'true' },
      true,
    ],
    [
      'Bool false vs true',
      { Bool: { 'kms:GrantIsForAWSResource': 'false' } },
      { 'kms:GrantIsForAWSResource': 'true' },
      false,
    ],
    ['Null true: the key must be absent', { Null: { [EC]: 'true' } }, {}, true],
    ['Null true with the key present', { Null: { [EC]: 'true' } }, { [EC]: 'Finance' }, false],
    ['Null false: the key must be present', { Null: { [EC]: 'false' } }, { [EC]: 'Finance' }, true],
    ['Null false with the key absent', { Null: { [EC]: false } }, {}, false],
    [
      'ForAnyValue: one request value in the set',
      { 'ForAnyValue:StringEquals': { [KEYS]: ['Department'] } },
      { [KEYS]: ['Project', 'Department'] },
      true,
    ],
    [
      'ForAnyValue: none in the set',
      { 'ForAnyValue:StringEquals': { [KEYS]: ['Department'] } },
      { [KEYS]: ['Project'] },
      false,
    ],
    [
      'ForAnyValue: key missing',
      { 'ForAnyValue:StringEquals': { [KEYS]: ['Department'] } },
      {},
      false,
    ],
    [
      'ForAnyValue:StringNotEquals: key missing is false too',
      { 'ForAnyValue:StringNotEquals': { [KEYS]: ['Department'] } },
      {},
      false,
    ],
    [
      'ForAnyValue:StringNotLike: key empty is false',
      { 'ForAnyValue:StringNotLike': { [KEYS]: ['Dep*'] } },
      { [KEYS]: [] },
      false,
    ],
    [
      'ForAllValues: every request value in the set',
      { 'ForAllValues:StringEquals': { [KEYS]: ['Department', 'Project'] } },
      { [KEYS]: ['Project'] },
      true,
    ],
    [
      'ForAllValues: one outside the set',
      { 'ForAllValues:StringEquals': { [KEYS]: ['Department'] } },
      { [KEYS]: ['Department', 'Project'] },
      false,
    ],
    [
      'ForAllValues: key missing is true',
      { 'ForAllValues:StringEquals': { [KEYS]: ['Department'] } },
      {},
      true,
    ],
    [
      'ForAllValues:StringNotEquals: none in the set',
      { 'ForAllValues:StringNotEquals': { [KEYS]: ['Secret'] } },
      { [KEYS]: ['Department', 'Project'] },
      true,
    ],
    [
      'ForAnyValue:StringNotEquals: one outside the set',
      { 'ForAnyValue:StringNotEquals': { [KEYS]: ['Department'] } },
      { [KEYS]: ['Department', 'Project'] },
      true,
    ],
    [
      'plain StringEquals on a multivalued key: any value',
      { StringEquals: { [KEYS]: 'Project' } },
      { [KEYS]: ['Department', 'Project'] },
      true,
    ],
    [
      'an unsupported operator fails closed',
      { NumericLessThan: { 'kms:RecipientAttestation:x': '1' } },
      { 'kms:RecipientAttestation:x': '0' },
      false,
    ],
  ]
  it.each(cases)('%s', (_name, block, context, expected) => {
    expect(conditionsHold(block, context, 'Allow')).toBe(expected)
  })

  describe('a policy key matching several request keys that differ only by case', () => {
    const context = { 'kms:EncryptionContext:Dept': 'hr', 'kms:EncryptionContext:dept': 'finance' }
    const reversed = { 'kms:EncryptionContext:dept': 'finance', 'kms:EncryptionContext:Dept': 'hr' }
    it.each([
      ['StringEquals', 'finance', false, true],
      ['StringEquals', 'legal', false, false],
      ['StringNotEquals', 'finance', false, true],
      ['StringNotEquals', 'legal', true, true],
    ])('%s %s: Allow %s, Deny %s, in either order', (operator, value, allow, deny) => {
      const block = { [operator]: { 'kms:encryptioncontext:DEPT': value } }
      for (const order of [context, reversed]) {
        expect(conditionsHold(block, order, 'Allow')).toBe(allow)
        expect(conditionsHold(block, order, 'Deny')).toBe(deny)
      }
    })
  })

  it('holds when the statement has no Condition element at all', () => {
    expect(conditionsHold(undefined, undefined, 'Allow')).toBe(true)
  })
})
