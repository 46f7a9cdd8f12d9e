import { hmacHashOf, type HmacKeySpec } from '../crypto/hmac-keys.ts'
import { IncorrectKeyMaterialException } from '../errors.ts'
import type { KeyId, KeyMaterialId } from '../types.ts'
import type { ImportParameters } from './imported-material.ts'
import { materialIdOf, unwrapNamingKey } from './wrapping-key.ts'

/**
 * The lengths of HMAC key material KMS imports, in bits, per key spec: at least the hash's output
 * and at most its block size. Unverified against AWS's table ("Supported key specs for imported
 * key material" in the importing-keys pages of the Developer Guide): the simulator's reading.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-conceptual.html
 */
export const HMAC_IMPORT_BITS: Readonly<Record<HmacKeySpec, { min: number; max: number }>> = {
  HMAC_256: { min: 256, max: 512 },
  HMAC_384: { min: 384, max: 1024 },
  HMAC_512: { min: 512, max: 1024 },
}

/**
 * Unwraps raw HMAC key material (RSA-OAEP, like symmetric material) straight into a
 * NON-EXTRACTABLE HMAC CryptoKey with the spec's hash, so the material is never a JS value, and
 * names it as symmetric material is named (wrapping-key.ts).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html
 */
export async function unwrapHmacMaterial(
  encrypted: Uint8Array,
  parameters: ImportParameters,
  keyId: KeyId,
  spec: HmacKeySpec,
): Promise<{ key: CryptoKey; keyMaterialId: KeyMaterialId }> {
  const { namingKey, bits } = await unwrapNamingKey(encrypted, parameters)
  const { min, max } = HMAC_IMPORT_BITS[spec]
  if (bits < min || bits > max) {
    // Unverified text: AWS's wording is not recorded.
    throw new IncorrectKeyMaterialException(
      `Key material for a ${spec} key must be ${min} to ${max} bits (${min / 8} to ${max / 8} bytes); this material is ${bits} bits.`,
    )
  }
  const key = await globalThis.crypto.subtle.unwrapKey(
    'raw',
    new Uint8Array(encrypted),
    parameters.privateKey,
    { name: 'RSA-OAEP' },
    { name: 'HMAC', hash: hmacHashOf(spec) },
    false,
    ['sign', 'verify'],
  )
  return { key, keyMaterialId: await materialIdOf(namingKey, keyId) }
}
