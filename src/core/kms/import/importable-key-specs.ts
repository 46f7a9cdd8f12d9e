/**
 * The key specs the simulator imports key material into (import/unwrap-material.ts), the one
 * list CreateKey (Origin EXTERNAL), the material maker (wrap-for-import.ts) and the sandbox's
 * console read. RSA is left out: its private key is imported with RSA_AES_KEY_WRAP, which
 * WebCrypto cannot unwrap; HMAC_224, secp256k1 and SM2 are not in WebCrypto.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html
 */
export const IMPORTABLE_KEY_SPECS = [
  'SYMMETRIC_DEFAULT',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
] as const

export type ImportableKeySpec = (typeof IMPORTABLE_KEY_SPECS)[number]

export function isImportableKeySpec(keySpec: string): keySpec is ImportableKeySpec {
  return (IMPORTABLE_KEY_SPECS as readonly string[]).includes(keySpec)
}
