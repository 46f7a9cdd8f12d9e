import type { ImportableKeySpec } from './importable-key-specs.ts'
import type { ImportParameters } from './imported-material.ts'

export type { ImportableKeySpec } from './importable-key-specs.ts'

const HMAC_MATERIAL = {
  HMAC_256: { hash: 'SHA-256', length: 256 },
  HMAC_384: { hash: 'SHA-384', length: 384 },
  HMAC_512: { hash: 'SHA-512', length: 512 },
} as const
const CURVES = { ECC_NIST_P256: 'P-256', ECC_NIST_P384: 'P-384', ECC_NIST_P521: 'P-521' } as const

/**
 * The customer's side of an import, for the sandbox's guided scenario and tests: what a
 * learner's HSM (or OpenSSL) does before ImportKeyMaterial. In real life you generate and wrap
 * the material on your own HSM; here WebCrypto stands in for it. The material is a WebCrypto key
 * of the key spec (AES-256, an HMAC key as long as the spec's hash, or an ECC private key of the
 * spec's curve, which serves SIGN_VERIFY and KEY_AGREEMENT keys alike: PKCS #8 names the curve,
 * not the algorithm) that is extractable only so that `wrapKey` can wrap it: its bytes are never
 * a JS value, and the scenario never shows them.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-encrypt-key-material.html
 */
export async function generateMaterialToImport(
  keySpec: ImportableKeySpec = 'SYMMETRIC_DEFAULT',
): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle
  switch (keySpec) {
    case 'SYMMETRIC_DEFAULT':
      return subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt'])
    case 'HMAC_256':
    case 'HMAC_384':
    case 'HMAC_512':
      return subtle.generateKey({ name: 'HMAC', ...HMAC_MATERIAL[keySpec] }, true, ['sign'])
    case 'ECC_NIST_P256':
    case 'ECC_NIST_P384':
    case 'ECC_NIST_P521': {
      const params = { name: 'ECDSA', namedCurve: CURVES[keySpec] }
      return (await subtle.generateKey(params, true, ['sign', 'verify'])).privateKey
    }
  }
}

/**
 * Wraps the material under GetParametersForImport's PublicKey (DER SPKI) with RSA-OAEP: a secret
 * key (symmetric or HMAC material) as its raw bytes, a private key (ECC material) as DER PKCS #8.
 */
export async function wrapMaterialForImport(
  material: CryptoKey,
  publicKeyDer: Uint8Array,
  algorithm: ImportParameters['wrappingAlgorithm'],
): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle
  const publicKey = await subtle.importKey(
    'spki',
    new Uint8Array(publicKeyDer),
    { name: 'RSA-OAEP', hash: algorithm === 'RSAES_OAEP_SHA_1' ? 'SHA-1' : 'SHA-256' },
    false,
    ['wrapKey'],
  )
  const format = material.type === 'private' ? 'pkcs8' : 'raw'
  return new Uint8Array(await subtle.wrapKey(format, material, publicKey, { name: 'RSA-OAEP' }))
}
