// The caller's side of an import in the conformance tests: node:crypto wraps key material under
// GetParametersForImport's public key, as a learner's HSM or OpenSSL would.
// https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-encrypt-key-material.html
import type { AlgorithmSpec, KMS, WrappingKeySpec } from '@aws-sdk/client-kms'
import { constants, createPublicKey, publicEncrypt } from 'node:crypto'

export type OaepAlgorithm = Extract<AlgorithmSpec, 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256'>

/** Wraps `material` as a caller would: RSA-OAEP under the DER SPKI public key. */
export function wrap(
  publicKey: Uint8Array,
  material: Uint8Array,
  algorithm: OaepAlgorithm,
): Uint8Array {
  const key = createPublicKey({ key: Buffer.from(publicKey), format: 'der', type: 'spki' })
  return publicEncrypt(
    {
      key,
      padding: constants.RSA_PKCS1_OAEP_PADDING,
      oaepHash: algorithm === 'RSAES_OAEP_SHA_1' ? 'sha1' : 'sha256',
    },
    material,
  )
}

/** GetParametersForImport, then wrap: what ImportKeyMaterial needs. */
export async function wrapped(
  sdk: KMS,
  keyId: string,
  material: Uint8Array,
  algorithm: OaepAlgorithm = 'RSAES_OAEP_SHA_256',
  wrappingKeySpec: WrappingKeySpec = 'RSA_2048',
) {
  const params = await sdk.getParametersForImport({
    KeyId: keyId,
    WrappingAlgorithm: algorithm,
    WrappingKeySpec: wrappingKeySpec,
  })
  return {
    ImportToken: params.ImportToken!,
    EncryptedKeyMaterial: wrap(params.PublicKey!, material, algorithm),
  }
}

export const NEVER = { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' } as const
