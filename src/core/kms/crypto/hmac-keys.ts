/**
 * HMAC KMS keys (KeyUsage GENERATE_VERIFY_MAC) on WebCrypto.
 * Each HMAC key spec has exactly one MAC algorithm and a key as long as its hash output:
 * HMAC_256 → 256-bit key, HMAC_SHA_256, and so on
 * (https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html#hmac-key-specs).
 * HMAC_224 is not offered: WebCrypto has no SHA-224.
 */

export type HmacKeySpec = 'HMAC_256' | 'HMAC_384' | 'HMAC_512'

// The MAC algorithm of each spec is AWS's rule (macAlgorithmsOf in ../key-spec-rules.ts).
const HMAC_SPECS: Readonly<Record<HmacKeySpec, { hash: string; keyBits: number }>> = {
  HMAC_256: { hash: 'SHA-256', keyBits: 256 },
  HMAC_384: { hash: 'SHA-384', keyBits: 384 },
  HMAC_512: { hash: 'SHA-512', keyBits: 512 },
}

/** The WebCrypto hash of a spec's MAC algorithm (SHA-256 for HMAC_256, and so on). */
export function hmacHashOf(spec: HmacKeySpec): string {
  return HMAC_SPECS[spec].hash
}

/** A random non-extractable HMAC key; the hash is fixed in the CryptoKey. */
export async function generateHmacKey(spec: HmacKeySpec): Promise<CryptoKey> {
  const { hash, keyBits } = HMAC_SPECS[spec]
  const params: HmacKeyGenParams = { name: 'HMAC', hash, length: keyBits }
  return globalThis.crypto.subtle.generateKey(params, false, ['sign', 'verify'])
}

export async function generateMac(key: CryptoKey, message: Uint8Array): Promise<Uint8Array> {
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, Uint8Array.from(message))
  return new Uint8Array(mac)
}

/**
 * subtle.verify compares in constant time (https://w3c.github.io/webcrypto/#hmac-operations,
 * "verify"), so a caller cannot learn the MAC byte by byte from timing. A wrong-length MAC is
 * simply invalid.
 */
export async function verifyMac(
  key: CryptoKey,
  message: Uint8Array,
  mac: Uint8Array,
): Promise<boolean> {
  return globalThis.crypto.subtle.verify(
    'HMAC',
    key,
    Uint8Array.from(mac),
    Uint8Array.from(message),
  )
}
