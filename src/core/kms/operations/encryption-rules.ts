import type { ConditionValues } from '../engine/operation.ts'
import { InvalidKeyUsageException, ValidationException } from '../errors.ts'
import type { KeyRecord } from '../key-record.ts'
import { encryptionAlgorithmsOf } from '../key-spec-rules.ts'
import { rsaMaxPlaintextBytes } from '../crypto/asymmetric-keys.ts'
import type { EncryptionAlgorithmSpec, EncryptionContext } from '../types.ts'

/** `<arn> key usage is SIGN_VERIFY which is not valid for Encrypt.` (AWS-recorded wording) */
export function assertKeyUsage(
  key: KeyRecord,
  usage: KeyRecord['keyUsage'],
  operation: string,
): void {
  if (key.keyUsage !== usage) {
    throw new InvalidKeyUsageException(
      `${key.arn} key usage is ${key.keyUsage} which is not valid for ${operation}.`,
    )
  }
}

/** What a request that names no encryption algorithm uses (and what its policies see). */
export const DEFAULT_ENCRYPTION_ALGORITHM: EncryptionAlgorithmSpec = 'SYMMETRIC_DEFAULT'

/** The algorithm to use: SYMMETRIC_DEFAULT unless given; it must be one the key spec has. */
export function encryptionAlgorithmFor(
  key: KeyRecord,
  requested: EncryptionAlgorithmSpec | undefined,
  operation: string,
): EncryptionAlgorithmSpec {
  assertKeyUsage(key, 'ENCRYPT_DECRYPT', operation)
  const algorithm = requested ?? DEFAULT_ENCRYPTION_ALGORITHM
  if (!encryptionAlgorithmsOf(key.keySpec).includes(algorithm)) {
    throw new InvalidKeyUsageException(
      `Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`,
    )
  }
  return algorithm
}

/** RSA keys encrypt at most a few hundred bytes (AWS-recorded ValidationException text). */
export function assertRsaPlaintextSize(
  key: KeyRecord,
  algorithm: 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256',
  plaintext: Uint8Array,
): void {
  if (key.material.kind !== 'asymmetric') return
  const max = rsaMaxPlaintextBytes(key.material.spec, algorithm)
  if (plaintext.length > max) {
    throw new ValidationException(
      `Algorithm ${algorithm} and key spec ${key.keySpec} cannot encrypt data larger than ${max} bytes.`,
    )
  }
}

/**
 * Condition keys of a cryptographic request, for key and IAM policies. `kms:EncryptionAlgorithm`
 * is always set: a request that names no algorithm (and GenerateDataKey*, which has no such
 * member) uses SYMMETRIC_DEFAULT, and AWS says the key "works even when the parameter doesn't
 * appear in the request, such as when you use the parameter's default value" — otherwise a Deny
 * on it would be dodged by leaving the algorithm out.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-encryption-algorithm
 */
export function encryptionConditions(
  context: EncryptionContext | undefined,
  algorithm: EncryptionAlgorithmSpec | undefined,
): ConditionValues {
  const conditions: ConditionValues = {}
  for (const [k, v] of Object.entries(context ?? {})) conditions[`kms:EncryptionContext:${k}`] = v
  conditions['kms:EncryptionContextKeys'] = Object.keys(context ?? {})
  conditions['kms:EncryptionAlgorithm'] = algorithm ?? DEFAULT_ENCRYPTION_ALGORITHM
  return conditions
}

/**
 * An encryption context is supported only with symmetric encryption keys; the simulator refuses
 * it on RSA keys instead of ignoring it (AWS's exact text is not recorded).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html
 */
export function assertNoContextForAsymmetric(
  key: KeyRecord,
  context: EncryptionContext | undefined,
): void {
  if (key.material.kind === 'asymmetric' && Object.keys(context ?? {}).length > 0) {
    throw new ValidationException(
      `EncryptionContext is supported only with symmetric encryption KMS keys; ${key.arn} has key spec ${key.keySpec}.`,
    )
  }
}
