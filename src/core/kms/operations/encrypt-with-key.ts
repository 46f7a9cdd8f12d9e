import { sealSymmetric } from '../ciphertext/symmetric-envelope.ts'
import { rsaEncrypt } from '../crypto/asymmetric-keys.ts'
import type { RequestContext } from '../engine/operation.ts'
import { KMSInternalException } from '../errors.ts'
import { currentSymmetricVersion, type KeyRecord } from '../key-record.ts'
import type { EncryptionAlgorithmSpec, EncryptionContext, KeyMaterialId } from '../types.ts'
import { assertNoContextForAsymmetric, assertRsaPlaintextSize } from './encryption-rules.ts'

export interface Encrypted {
  readonly ciphertextBlob: Uint8Array
  /** The material used; symmetric keys only. */
  readonly keyMaterialId?: KeyMaterialId
}

/**
 * Encrypts under the key's CURRENT material (symmetric: the versioned blob of CIPHERTEXT.md;
 * RSA: raw RSAES-OAEP output, as KMS returns it). Checks of state, usage and algorithm are the
 * caller's job.
 */
export async function encryptWithKey(
  rc: RequestContext,
  key: KeyRecord,
  algorithm: EncryptionAlgorithmSpec,
  plaintext: Uint8Array,
  context: EncryptionContext | undefined,
): Promise<Encrypted> {
  if (key.material.kind === 'asymmetric') {
    if (algorithm !== 'RSAES_OAEP_SHA_1' && algorithm !== 'RSAES_OAEP_SHA_256') {
      throw new KMSInternalException(`unexpected algorithm ${algorithm}`)
    }
    assertNoContextForAsymmetric(key, context)
    assertRsaPlaintextSize(key, algorithm, plaintext)
    return { ciphertextBlob: await rsaEncrypt(key.material, algorithm, plaintext) }
  }
  const version = currentSymmetricVersion(key)
  if (version === undefined) throw new KMSInternalException(`${key.arn} has no symmetric material`)
  const ciphertextBlob = await sealSymmetric(rc.random, key.keyId, version, plaintext, context)
  return { ciphertextBlob, keyMaterialId: version.keyMaterialId }
}
