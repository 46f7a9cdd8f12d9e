import type { KeyMaterial, KeyRecord, SymmetricMaterialVersion } from '../key-record.ts'
import type { KeyMaterialId } from '../types.ts'
import type { ImportParameters } from './imported-material.ts'
import { unwrapEccMaterial } from './unwrap-ecc-material.ts'
import { unwrapHmacMaterial } from './unwrap-hmac-material.ts'
import { unwrapSymmetricMaterial } from './wrapping-key.ts'

/**
 * Imported material, unwrapped into non-extractable CryptoKeys: a symmetric key's next version,
 * or the whole material of an HMAC or ECC key (which has one material and does not rotate).
 */
export type UnwrappedMaterial =
  | { readonly keyMaterialId: KeyMaterialId; readonly version: SymmetricMaterialVersion }
  | {
      readonly keyMaterialId: KeyMaterialId
      readonly material: Exclude<KeyMaterial, { kind: 'symmetric' }>
    }

/** Unwraps EncryptedKeyMaterial as the key's spec wants it (wrapping-key.ts and its siblings). */
export async function unwrapMaterialFor(
  key: KeyRecord,
  encrypted: Uint8Array,
  parameters: ImportParameters,
  now: number,
): Promise<UnwrappedMaterial> {
  const spec = key.keySpec
  switch (spec) {
    case 'HMAC_256':
    case 'HMAC_384':
    case 'HMAC_512': {
      const hmac = await unwrapHmacMaterial(encrypted, parameters, key.keyId, spec)
      return { keyMaterialId: hmac.keyMaterialId, material: { kind: 'hmac', spec, key: hmac.key } }
    }
    case 'ECC_NIST_P256':
    case 'ECC_NIST_P384':
    case 'ECC_NIST_P521': {
      const usage = key.keyUsage
      if (usage !== 'SIGN_VERIFY' && usage !== 'KEY_AGREEMENT') break
      return unwrapEccMaterial(encrypted, parameters, key.keyId, spec, usage)
    }
    default:
      break
  }
  if (spec !== 'SYMMETRIC_DEFAULT') {
    // CreateKey makes EXTERNAL keys of the specs above only.
    throw new RangeError(`no imported key material for key spec ${spec}`)
  }
  const { cryptoKey, keyMaterialId } = await unwrapSymmetricMaterial(
    encrypted,
    parameters,
    key.keyId,
  )
  return { keyMaterialId, version: { keyMaterialId, cryptoKey, createdAt: now } }
}

/** The key's material with `unwrapped` in it (for symmetric material, as its only version). */
export function materialOf(unwrapped: UnwrappedMaterial): KeyMaterial {
  return 'version' in unwrapped
    ? { kind: 'symmetric', versions: [unwrapped.version] }
    : unwrapped.material
}
