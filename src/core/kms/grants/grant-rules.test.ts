import { describe, expect, it } from 'vitest'
import { atLeastAsStrict, contextSatisfies, constraintTypesOf } from './grant-rules.ts'

// https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantConstraints.html
describe('contextSatisfies', () => {
  it('no constraint: any context', () => {
    expect(contextSatisfies(undefined, {})).toBe(true)
    expect(contextSatisfies({}, { a: 'b' })).toBe(true)
  })

  it('Subset: every constraint pair in the request, keys without case, values with case', () => {
    const subset = { EncryptionContextSubset: { Dept: 'IT' } }
    expect(contextSatisfies(subset, { dept: 'IT', other: 'x' })).toBe(true)
    expect(contextSatisfies(subset, { DEPT: 'IT' })).toBe(true)
    expect(contextSatisfies(subset, { dept: 'it' })).toBe(false)
    expect(contextSatisfies(subset, { other: 'IT' })).toBe(false)
    expect(contextSatisfies(subset, {})).toBe(false)
  })

  it('Equals: the same pairs and no more, keys without case', () => {
    const equals = { EncryptionContextEquals: { app: 'orders', env: 'prod' } }
    expect(contextSatisfies(equals, { env: 'prod', APP: 'orders' })).toBe(true)
    expect(contextSatisfies(equals, { app: 'orders' })).toBe(false)
    expect(contextSatisfies(equals, { app: 'orders', env: 'prod', x: '1' })).toBe(false)
    expect(contextSatisfies(equals, { app: 'Orders', env: 'prod' })).toBe(false)
  })

  it('keys differing only by case: every match must hold, whatever the member order', () => {
    const subset = { EncryptionContextSubset: { dept: 'IT' } }
    expect(contextSatisfies(subset, { dept: 'IT', Dept: 'HR' })).toBe(false)
    expect(contextSatisfies(subset, { Dept: 'HR', dept: 'IT' })).toBe(false)
    const equals = { EncryptionContextEquals: { dept: 'IT' } }
    expect(contextSatisfies(equals, { Dept: 'HR', dept: 'IT' })).toBe(false)
  })

  it('names the constraint types for kms:GrantConstraintType', () => {
    expect(constraintTypesOf(undefined)).toEqual([])
    expect(
      constraintTypesOf({ EncryptionContextEquals: {}, EncryptionContextSubset: { a: 'b' } }),
    ).toEqual(['EncryptionContextEquals', 'EncryptionContextSubset'])
  })
})

describe('atLeastAsStrict (a grantee passing on its grant)', () => {
  const subset = { EncryptionContextSubset: { app: 'orders' } }
  const equals = { EncryptionContextEquals: { app: 'orders' } }
  it('no parent constraint: anything', () => {
    expect(atLeastAsStrict(undefined, undefined)).toBe(true)
  })
  it('a parent constraint must be kept', () => {
    expect(atLeastAsStrict(undefined, subset)).toBe(false)
    expect(atLeastAsStrict({ EncryptionContextSubset: { App: 'orders', x: '1' } }, subset)).toBe(
      true,
    )
    expect(atLeastAsStrict({ EncryptionContextSubset: { x: '1' } }, subset)).toBe(false)
    expect(atLeastAsStrict(equals, subset)).toBe(true)
    expect(atLeastAsStrict(equals, equals)).toBe(true)
    expect(atLeastAsStrict(subset, equals)).toBe(false)
    expect(atLeastAsStrict({ EncryptionContextEquals: { app: 'orders', x: '1' } }, equals)).toBe(
      false,
    )
  })
})
