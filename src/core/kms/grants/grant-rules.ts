/**
 * What a grant may say, and how it is matched against a request.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 */
import { ValidationException } from '../errors.ts'
import type { GrantConstraints, GrantOperation } from '../grant-record.ts'
import type { KeyRecord } from '../key-record.ts'

/** Every key may grant these, whatever its type. */
const ANY_KEY: readonly GrantOperation[] = ['CreateGrant', 'DescribeKey', 'RetireGrant']

/**
 * "If the grant allows an operation that the KMS key does not support, CreateGrant fails with a
 * ValidationException": the operations each key type supports.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-grant-operations
 */
export function grantOperationsFor(key: KeyRecord): readonly GrantOperation[] {
  switch (key.material.kind) {
    case 'symmetric':
      return [
        ...ANY_KEY,
        'Decrypt',
        'Encrypt',
        'GenerateDataKey',
        'GenerateDataKeyPair',
        'GenerateDataKeyPairWithoutPlaintext',
        'GenerateDataKeyWithoutPlaintext',
        'ReEncryptFrom',
        'ReEncryptTo',
      ]
    case 'asymmetric':
      switch (key.material.usage) {
        case 'ENCRYPT_DECRYPT':
          return [...ANY_KEY, 'Decrypt', 'Encrypt', 'GetPublicKey', 'ReEncryptFrom', 'ReEncryptTo']
        case 'SIGN_VERIFY':
          return [...ANY_KEY, 'GetPublicKey', 'Sign', 'Verify']
        case 'KEY_AGREEMENT':
          return [...ANY_KEY, 'DeriveSharedSecret', 'GetPublicKey']
      }
      break
    case 'hmac':
      return [...ANY_KEY, 'GenerateMac', 'VerifyMac']
  }
}

/**
 * The operations must suit the key, and encryption context constraints suit only symmetric
 * encryption keys ("You cannot use an encryption context grant constraint for cryptographic
 * operations with asymmetric KMS keys or HMAC KMS keys"). The texts are the simulator's (AWS's
 * are not recorded).
 */
export function assertGrantFitsKey(
  key: KeyRecord,
  operations: readonly GrantOperation[],
  constraints: GrantConstraints | undefined,
): void {
  const allowed = grantOperationsFor(key)
  const invalid = operations.filter((op) => !allowed.includes(op))
  if (invalid.length > 0) {
    throw new ValidationException(
      `Grant operations [${invalid.join(', ')}] are not valid for ${key.arn} with key spec ${key.keySpec} and key usage ${key.keyUsage}.`,
    )
  }
  if (hasConstraint(constraints) && key.material.kind !== 'symmetric') {
    throw new ValidationException(
      `Encryption context grant constraints are not valid for ${key.arn}: only symmetric encryption KMS keys take an encryption context.`,
    )
  }
}

export function hasConstraint(constraints: GrantConstraints | undefined): boolean {
  return (
    constraints?.EncryptionContextEquals !== undefined ||
    constraints?.EncryptionContextSubset !== undefined
  )
}

/** `kms:GrantConstraintType`: the constraint kinds a CreateGrant request names. */
export function constraintTypesOf(constraints: GrantConstraints | undefined): string[] {
  const types: string[] = []
  if (constraints?.EncryptionContextEquals !== undefined) types.push('EncryptionContextEquals')
  if (constraints?.EncryptionContextSubset !== undefined) types.push('EncryptionContextSubset')
  return types
}

/**
 * Whether a request's encryption context satisfies a grant's constraints. "In a grant constraint,
 * the key in each key-value pair is not case sensitive, but the value is case sensitive." A
 * context is an unordered map, so a constraint key that matches several request keys (`Dept`,
 * `dept`) must hold for each of them: the ambiguity never widens the grant.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantConstraints.html
 */
export function contextSatisfies(
  constraints: GrantConstraints | undefined,
  context: Readonly<Record<string, string>>,
): boolean {
  if (constraints === undefined) return true
  const requestPairs = Object.entries(context)
  const { EncryptionContextEquals: equals, EncryptionContextSubset: subset } = constraints
  if (equals !== undefined) {
    const wanted = Object.entries(equals)
    // Same pairs both ways: every request key is a constraint key with the same value.
    if (!requestPairs.every(([k, v]) => wanted.some(([wk, wv]) => sameKey(wk, k) && wv === v)))
      return false
    if (!wanted.every(([wk]) => requestPairs.some(([k]) => sameKey(wk, k)))) return false
  }
  if (subset !== undefined) {
    for (const [wk, wv] of Object.entries(subset)) {
      const matches = requestPairs.filter(([k]) => sameKey(wk, k))
      if (matches.length === 0 || matches.some(([, v]) => v !== wv)) return false
    }
  }
  return true
}

/**
 * "If a grant with a grant constraint includes the CreateGrant operation, the constraint requires
 * that any grants created with the CreateGrant permission have an equally strict or stricter
 * encryption context constraint": every context the new grant accepts, the old one accepts too.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantConstraints.html
 */
export function atLeastAsStrict(
  created: GrantConstraints | undefined,
  parent: GrantConstraints | undefined,
): boolean {
  if (!hasConstraint(parent)) return true
  if (!hasConstraint(created)) return false
  const equals = created?.EncryptionContextEquals
  // An Equals constraint accepts exactly one context: the parent must accept it.
  if (equals !== undefined && contextSatisfies(parent, equals)) return true
  if (parent?.EncryptionContextEquals !== undefined) return false
  // Subset under Subset: the new required pairs include the parent's.
  const subset = created?.EncryptionContextSubset
  return subset !== undefined && contextSatisfies(parent, subset)
}

function sameKey(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
