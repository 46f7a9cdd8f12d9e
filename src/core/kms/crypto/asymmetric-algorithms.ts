/**
 * The asymmetric key specs and algorithms KMS offers, and how each maps onto WebCrypto.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html
 * (RSA key specs, "RSA key specs for signing and verification", "ECC key specs").
 */
import { encryptionAlgorithmsOf, signingAlgorithmsOf } from '../key-spec-rules.ts'

export type AsymmetricKeySpec =
  'RSA_2048' | 'RSA_3072' | 'RSA_4096' | 'ECC_NIST_P256' | 'ECC_NIST_P384' | 'ECC_NIST_P521'

export type RsaKeySpec = Extract<AsymmetricKeySpec, `RSA_${string}`>
export type EccKeySpec = Extract<AsymmetricKeySpec, `ECC_${string}`>

export type SigningAlgorithm =
  | 'RSASSA_PSS_SHA_256'
  | 'RSASSA_PSS_SHA_384'
  | 'RSASSA_PSS_SHA_512'
  | 'RSASSA_PKCS1_V1_5_SHA_256'
  | 'RSASSA_PKCS1_V1_5_SHA_384'
  | 'RSASSA_PKCS1_V1_5_SHA_512'
  | 'ECDSA_SHA_256'
  | 'ECDSA_SHA_384'
  | 'ECDSA_SHA_512'

export type RsaEncryptionAlgorithm = 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256'

export type AsymmetricKeyUsage = 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'KEY_AGREEMENT'

export type WebCryptoHash = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'

const RSA_MODULUS_BITS: Readonly<Record<RsaKeySpec, number>> = {
  RSA_2048: 2048,
  RSA_3072: 3072,
  RSA_4096: 4096,
}

/** WebCrypto curve names, and the byte length of r and s in a P1363 signature. */
const ECC_CURVES: Readonly<Record<EccKeySpec, { namedCurve: string; componentBytes: number }>> = {
  ECC_NIST_P256: { namedCurve: 'P-256', componentBytes: 32 },
  ECC_NIST_P384: { namedCurve: 'P-384', componentBytes: 48 },
  ECC_NIST_P521: { namedCurve: 'P-521', componentBytes: 66 },
}

export function isRsaSpec(spec: AsymmetricKeySpec): spec is RsaKeySpec {
  return spec.startsWith('RSA_')
}

export function rsaModulusBits(spec: RsaKeySpec): number {
  return RSA_MODULUS_BITS[spec]
}

export function eccCurve(spec: EccKeySpec): { namedCurve: string; componentBytes: number } {
  return ECC_CURVES[spec]
}

// The algorithms of each spec are AWS's rule (../key-spec-rules.ts); for the specs WebCrypto can
// back they are exactly the ones this file maps onto WebCrypto, hence the narrower types.
export function signingAlgorithmsFor(spec: AsymmetricKeySpec): SigningAlgorithm[] {
  return signingAlgorithmsOf(spec) as SigningAlgorithm[]
}

export function encryptionAlgorithmsFor(spec: AsymmetricKeySpec): RsaEncryptionAlgorithm[] {
  return encryptionAlgorithmsOf(spec) as RsaEncryptionAlgorithm[]
}

/** Hash in the algorithm name: `..._SHA_256` → SHA-256. */
export function hashOf(algorithm: SigningAlgorithm | RsaEncryptionAlgorithm): WebCryptoHash {
  if (algorithm.endsWith('_SHA_1')) return 'SHA-1'
  if (algorithm.endsWith('_SHA_256')) return 'SHA-256'
  if (algorithm.endsWith('_SHA_384')) return 'SHA-384'
  return 'SHA-512'
}

const HASH_BYTES: Readonly<Record<WebCryptoHash, number>> = {
  'SHA-1': 20,
  'SHA-256': 32,
  'SHA-384': 48,
  'SHA-512': 64,
}

export function hashBytes(hash: WebCryptoHash): number {
  return HASH_BYTES[hash]
}

/** The WebCrypto algorithm name a KMS signing algorithm runs on. */
export function webCryptoSigningName(
  algorithm: SigningAlgorithm,
): 'RSA-PSS' | 'RSASSA-PKCS1-v1_5' | 'ECDSA' {
  if (algorithm.startsWith('RSASSA_PSS_')) return 'RSA-PSS'
  if (algorithm.startsWith('RSASSA_PKCS1_V1_5_')) return 'RSASSA-PKCS1-v1_5'
  return 'ECDSA'
}

/**
 * Parameters for subtle.sign / subtle.verify. KMS uses an RSASSA-PSS salt as long as the hash
 * (32/48/64 bytes) with MGF1 over the same hash ("RSASSA-PSS ... with SHA-256 ... and a salt
 * length of 256 bits", key-spec page above); WebCrypto always uses MGF1 with the key's hash.
 */
export function signParams(
  algorithm: SigningAlgorithm,
): AlgorithmIdentifier | RsaPssParams | EcdsaParams {
  const name = webCryptoSigningName(algorithm)
  const hash = hashOf(algorithm)
  if (name === 'RSA-PSS') return { name, saltLength: hashBytes(hash) }
  if (name === 'ECDSA') return { name, hash }
  return { name }
}

/**
 * Largest OAEP plaintext: k − 2·hLen − 2 bytes for a k-byte modulus (RFC 8017 section 7.1.1).
 * Matches the KMS limits 214/342/470 (SHA-1) and 190/318/446 (SHA-256) bytes
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html). ECC keys cannot
 * encrypt, so their limit is 0.
 */
export function rsaMaxPlaintextBytes(
  spec: AsymmetricKeySpec,
  algorithm: RsaEncryptionAlgorithm,
): number {
  if (!isRsaSpec(spec)) return 0
  return rsaModulusBits(spec) / 8 - 2 * hashBytes(hashOf(algorithm)) - 2
}
