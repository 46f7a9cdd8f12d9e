import type { ConditionValues, RequestContext } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { InvalidKeyUsageException } from '../errors.ts'
import type { KeyRecord } from '../key-record.ts'
import { assertUsableForCrypto } from '../key-state.ts'
import type { EncryptionAlgorithmSpec, EncryptionContext } from '../types.ts'
import { assertKeyUsage, encryptionAlgorithmFor, encryptionConditions } from './encryption-rules.ts'

export interface EncryptionKeyRequest {
  /** Key id, key ARN, alias name or alias ARN, as the request gave it. */
  readonly keyId: string
  /** The action authorized: `kms:Encrypt`, `kms:ReEncryptTo`, `kms:GenerateDataKey`, … */
  readonly action: string
  /** The operation InvalidKeyUsageException names. */
  readonly operation: string
  readonly context: EncryptionContext | undefined
  /**
   * `data`: the caller's bytes, with the algorithm it asked for (Encrypt, ReEncrypt).
   * `data-key`: a data key or the private key of a data key pair, which only a symmetric
   * encryption KMS key may protect (GenerateDataKey*, GenerateDataKeyPair*).
   */
  readonly encrypts: 'data' | 'data-key'
  readonly algorithm?: EncryptionAlgorithmSpec | undefined
  /** Condition keys beyond the encryption context and algorithm (`kms:DataKeyPairSpec`). */
  readonly conditions?: ConditionValues
}

/**
 * The key an encrypting operation uses, checked in AWS's order: resolve it (aliases allowed),
 * authorize the action with the request's condition keys, check the key state, then check the
 * key can encrypt this. Returns the key and the algorithm to encrypt with.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html
 */
export async function encryptionKeyFor(
  rc: RequestContext,
  request: EncryptionKeyRequest,
): Promise<{ key: KeyRecord; algorithm: EncryptionAlgorithmSpec }> {
  const key = await resolveKey(rc, request.keyId, { allowAlias: true })
  await rc.authorize(request.action, key, {
    ...encryptionConditions(request.context, request.algorithm),
    ...request.conditions,
  })
  assertUsableForCrypto(key)
  if (request.encrypts === 'data') {
    return { key, algorithm: encryptionAlgorithmFor(key, request.algorithm, request.operation) }
  }
  assertSymmetricEncryptionKey(key, request.operation)
  return { key, algorithm: 'SYMMETRIC_DEFAULT' }
}

/** Data keys (and data key pairs) are protected by symmetric encryption KMS keys only. */
function assertSymmetricEncryptionKey(key: KeyRecord, operation: string): void {
  assertKeyUsage(key, 'ENCRYPT_DECRYPT', operation)
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') {
    throw new InvalidKeyUsageException(
      `${key.arn} key spec ${key.keySpec} is not valid for ${operation}. Use a symmetric encryption KMS key.`,
    )
  }
}
