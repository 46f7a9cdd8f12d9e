import type { ImportParameters } from './imported-material.ts'

/**
 * The customer's side of an import, for the sandbox's guided scenario and tests: what a
 * learner's HSM (or OpenSSL) does before ImportKeyMaterial. In real life you generate and wrap
 * the material on your own HSM; here WebCrypto stands in for it. The material is a WebCrypto
 * AES-256 key that is extractable only so that `wrapKey` can wrap it: its bytes are never a JS
 * value, and the scenario never shows them.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-encrypt-key-material.html
 */
export function generateMaterialToImport(): Promise<CryptoKey> {
  return globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ])
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
