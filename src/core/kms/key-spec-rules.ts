import type {
  EncryptionAlgorithmSpec,
  KeyAgreementAlgorithmSpec,
  KeySpec,
  KeyUsage,
  MacAlgorithmSpec,
  SigningAlgorithmSpec,
} from './types.ts'

/**
 * Which key usages and algorithms each key spec has in AWS KMS.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html
 */
export const USAGES_BY_SPEC: Readonly<Record<KeySpec, readonly KeyUsage[]>> = {
  SYMMETRIC_DEFAULT: ['ENCRYPT_DECRYPT'],
  RSA_2048: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_3072: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_4096: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  ECC_NIST_P256: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P384: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P521: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_SECG_P256K1: ['SIGN_VERIFY'],
  ECC_NIST_EDWARDS25519: ['SIGN_VERIFY'],
  HMAC_224: ['GENERATE_VERIFY_MAC'],
  HMAC_256: ['GENERATE_VERIFY_MAC'],
  HMAC_384: ['GENERATE_VERIFY_MAC'],
  HMAC_512: ['GENERATE_VERIFY_MAC'],
  SM2: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT'],
  ML_DSA_44: ['SIGN_VERIFY'],
  ML_DSA_65: ['SIGN_VERIFY'],
  ML_DSA_87: ['SIGN_VERIFY'],
}

/** Key specs the browser's WebCrypto can back; the others are refused by the simulator. */
export const SIMULATED_KEY_SPECS: readonly KeySpec[] = [
  'SYMMETRIC_DEFAULT',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
]

/**
 * The usages the simulator can serve for a spec: AWS's, for the specs it simulates. KEY_AGREEMENT
 * is ECDH, which WebCrypto serves on P-256, P-384 and P-521; SM2 (and so its key agreement) is
 * not in WebCrypto at all, so it stays refused with the spec.
 */
export function simulatedUsagesOf(spec: KeySpec): readonly KeyUsage[] {
  return SIMULATED_KEY_SPECS.includes(spec) ? USAGES_BY_SPEC[spec] : []
}

const RSA_SIGNING: readonly SigningAlgorithmSpec[] = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
]

export function encryptionAlgorithmsOf(spec: KeySpec): EncryptionAlgorithmSpec[] {
  if (spec === 'SYMMETRIC_DEFAULT') return ['SYMMETRIC_DEFAULT']
  if (spec.startsWith('RSA_')) return ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']
  if (spec === 'SM2') return ['SM2PKE']
  return []
}

export function signingAlgorithmsOf(spec: KeySpec): SigningAlgorithmSpec[] {
  switch (spec) {
    case 'RSA_2048':
    case 'RSA_3072':
    case 'RSA_4096':
      return [...RSA_SIGNING]
    case 'ECC_NIST_P256':
    case 'ECC_SECG_P256K1':
      return ['ECDSA_SHA_256']
    case 'ECC_NIST_P384':
      return ['ECDSA_SHA_384']
    case 'ECC_NIST_P521':
      return ['ECDSA_SHA_512']
    case 'ECC_NIST_EDWARDS25519':
      return ['ED25519_SHA_512', 'ED25519_PH_SHA_512']
    case 'SM2':
      return ['SM2DSA']
    case 'ML_DSA_44':
    case 'ML_DSA_65':
    case 'ML_DSA_87':
      return ['ML_DSA_SHAKE_256']
    default:
      return []
  }
}

export function macAlgorithmsOf(spec: KeySpec): MacAlgorithmSpec[] {
  const bits = /^HMAC_(\d+)$/.exec(spec)?.[1]
  return bits === undefined ? [] : [`HMAC_SHA_${bits}` as MacAlgorithmSpec]
}

/** ECDH on the NIST curves (and SM2, China Regions only). */
export function keyAgreementAlgorithmsOf(spec: KeySpec): KeyAgreementAlgorithmSpec[] {
  return USAGES_BY_SPEC[spec].includes('KEY_AGREEMENT') ? ['ECDH'] : []
}
