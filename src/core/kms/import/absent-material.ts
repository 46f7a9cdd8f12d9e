import type { KeyMaterial } from '../key-record.ts'
import type { KeySpec, KeyUsage } from '../types.ts'

/**
 * The material of a key with Origin EXTERNAL while none of it is in KMS (never imported, deleted
 * or expired): the key's kind of material without CryptoKeys. Keeping the kind (rather than one
 * "no material" shape for every key) keeps what depends on the key type right in PendingImport
 * too, e.g. the grant operations a key allows (grants/grant-rules.ts).
 */
export function absentMaterialOf(keySpec: KeySpec, keyUsage: KeyUsage): KeyMaterial {
  switch (keySpec) {
    case 'HMAC_256':
    case 'HMAC_384':
    case 'HMAC_512':
      return { kind: 'hmac', spec: keySpec }
    case 'ECC_NIST_P256':
    case 'ECC_NIST_P384':
    case 'ECC_NIST_P521':
      if (keyUsage === 'SIGN_VERIFY' || keyUsage === 'KEY_AGREEMENT') {
        return {
          kind: 'asymmetric',
          spec: keySpec,
          usage: keyUsage,
          publicKeyDer: new Uint8Array(0),
          keys: {},
        }
      }
      break
    default:
      break
  }
  return { kind: 'symmetric', versions: [] }
}

/** True when the material can be used: some symmetric version, the HMAC key, the private key. */
export function hasMaterialNow(material: KeyMaterial): boolean {
  switch (material.kind) {
    case 'symmetric':
      return material.versions.length > 0
    case 'hmac':
      return material.key !== undefined
    case 'asymmetric':
      return Object.keys(material.keys).length > 0
  }
}
