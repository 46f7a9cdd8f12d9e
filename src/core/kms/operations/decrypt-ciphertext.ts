import { parseCiphertext } from '../ciphertext/ciphertext-blob.ts'
import { openSymmetric } from '../ciphertext/symmetric-envelope.ts'
import { rsaDecrypt } from '../crypto/asymmetric-keys.ts'
import { keyArnOf } from '../engine/engine-context.ts'
import type { RequestContext } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import {
  AccessDeniedException,
  IncorrectKeyException,
  InvalidCiphertextException,
} from '../errors.ts'
import type { KeyRecord } from '../key-record.ts'
import { assertUsableForCrypto } from '../key-state.ts'
import type { EncryptionAlgorithmSpec, EncryptionContext, KeyMaterialId } from '../types.ts'
import {
  assertNoContextForAsymmetric,
  encryptionAlgorithmFor,
  encryptionConditions,
} from './encryption-rules.ts'

export interface DecryptRequest {
  readonly ciphertextBlob: Uint8Array
  readonly context: EncryptionContext | undefined
  /** Optional for symmetric blobs (the blob names its key); required for RSA ciphertext. */
  readonly keyId: string | undefined
  readonly algorithm: EncryptionAlgorithmSpec | undefined
  /** `kms:Decrypt`, or `kms:ReEncryptFrom` for ReEncrypt. */
  readonly action: string
  readonly operation: string
}

export interface Decrypted {
  readonly key: KeyRecord
  readonly plaintext: Uint8Array
  readonly algorithm: EncryptionAlgorithmSpec
  readonly keyMaterialId?: KeyMaterialId
}

/**
 * Decrypt (and the source side of ReEncrypt). A symmetric blob names its key and key material,
 * so any earlier material of a rotated key still decrypts.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html
 */
export async function decryptCiphertext(
  rc: RequestContext,
  request: DecryptRequest,
): Promise<Decrypted> {
  const named =
    request.keyId === undefined
      ? undefined
      : await resolveKey(rc, request.keyId, { allowAlias: true })
  if (named !== undefined && named.material.kind === 'asymmetric') {
    return decryptRsa(rc, named, request)
  }
  const parsed = parseCiphertext(request.ciphertextBlob)
  if (named !== undefined && named.keyId !== parsed.keyId) throw new IncorrectKeyException()
  const key = named ?? (await keyOfCiphertext(rc, parsed.keyId))
  const algorithm = await authorizeAndCheck(rc, key, request)
  const version =
    key.material.kind === 'symmetric'
      ? key.material.versions.find((v) => v.keyMaterialId === parsed.keyMaterialId)
      : undefined
  if (version === undefined) throw new InvalidCiphertextException()
  const plaintext = await openSymmetric(parsed, version, request.context)
  return { key, plaintext, algorithm, keyMaterialId: version.keyMaterialId }
}

async function decryptRsa(
  rc: RequestContext,
  key: KeyRecord,
  request: DecryptRequest,
): Promise<Decrypted> {
  const algorithm = await authorizeAndCheck(rc, key, request)
  assertNoContextForAsymmetric(key, request.context)
  if (
    key.material.kind !== 'asymmetric' ||
    algorithm === 'SYMMETRIC_DEFAULT' ||
    algorithm === 'SM2PKE'
  ) {
    throw new InvalidCiphertextException()
  }
  try {
    const plaintext = await rsaDecrypt(key.material, algorithm, request.ciphertextBlob)
    return { key, plaintext, algorithm }
  } catch {
    throw new InvalidCiphertextException()
  }
}

async function authorizeAndCheck(
  rc: RequestContext,
  key: KeyRecord,
  request: DecryptRequest,
): Promise<EncryptionAlgorithmSpec> {
  rc.touchKey(key.arn)
  await rc.authorize(request.action, key, encryptionConditions(request.context, request.algorithm))
  assertUsableForCrypto(key)
  return encryptionAlgorithmFor(key, request.algorithm, request.operation)
}

/** The blob's key is gone (deleted) or was never here: AWS's wording, shared by local-kms and moto. */
async function keyOfCiphertext(rc: RequestContext, keyId: KeyRecord['keyId']): Promise<KeyRecord> {
  const key = await rc.store.keys.get(keyId)
  if (key === undefined) {
    rc.touchKey(keyArnOf(rc, keyId))
    throw new AccessDeniedException(
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    )
  }
  return key
}
