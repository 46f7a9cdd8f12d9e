/**
 * Domain vocabulary of the KMS simulator: branded identifiers and the enums of the KMS API model.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html
 */

declare const brand: unique symbol
type Brand<T, B extends string> = T & { readonly [brand]: B }

/**
 * A key id as AWS formats it: a lower-case UUID v4, or `mrk-` and 32 lower-case hex digits for a
 * multi-Region key.
 */
export type KeyId = Brand<string, 'KeyId'>
/** `arn:aws:kms:<region>:<account>:key/<key-id>` */
export type KeyArn = Brand<string, 'KeyArn'>
/** `alias/<name>` */
export type AliasName = Brand<string, 'AliasName'>
/** 64 lower-case hex characters naming one generation of a key's material. */
export type KeyMaterialId = Brand<string, 'KeyMaterialId'>
/** An IAM principal ARN, e.g. `arn:aws:iam::111122223333:user/alice`. */
export type PrincipalArn = Brand<string, 'PrincipalArn'>

export const KEY_STATES = [
  'Creating',
  'Enabled',
  'Disabled',
  'PendingDeletion',
  'PendingImport',
  'PendingReplicaDeletion',
  'Unavailable',
  'Updating',
] as const
export type KeyState = (typeof KEY_STATES)[number]
/**
 * The states the simulator can actually put a key in (no custom key stores, so no Unavailable).
 * Creating, Updating and PendingReplicaDeletion are for multi-Region keys only, PendingImport for
 * keys with imported key material (Origin EXTERNAL).
 */
export type SimulatedKeyState = Extract<
  KeyState,
  | 'Enabled'
  | 'Disabled'
  | 'PendingDeletion'
  | 'PendingImport'
  | 'Creating'
  | 'Updating'
  | 'PendingReplicaDeletion'
>

export const KEY_USAGES = [
  'SIGN_VERIFY',
  'ENCRYPT_DECRYPT',
  'GENERATE_VERIFY_MAC',
  'KEY_AGREEMENT',
] as const
export type KeyUsage = (typeof KEY_USAGES)[number]

export const KEY_SPECS = [
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'SYMMETRIC_DEFAULT',
  'HMAC_224',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
  'SM2',
  'ML_DSA_44',
  'ML_DSA_65',
  'ML_DSA_87',
  'ECC_NIST_EDWARDS25519',
] as const
export type KeySpec = (typeof KEY_SPECS)[number]
/** CustomerMasterKeySpec is the deprecated name of KeySpec and has a shorter enum. */
export const CUSTOMER_MASTER_KEY_SPECS = KEY_SPECS.slice(0, 13) as readonly KeySpec[]

export const ORIGINS = ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] as const
export type Origin = (typeof ORIGINS)[number]

export type KeyManager = 'AWS' | 'CUSTOMER'

export const EXPIRATION_MODELS = ['KEY_MATERIAL_EXPIRES', 'KEY_MATERIAL_DOES_NOT_EXPIRE'] as const
export type ExpirationModel = (typeof EXPIRATION_MODELS)[number]

/** GetParametersForImport's WrappingAlgorithm (the model's AlgorithmSpec). */
export const WRAPPING_ALGORITHMS = [
  'RSAES_PKCS1_V1_5',
  'RSAES_OAEP_SHA_1',
  'RSAES_OAEP_SHA_256',
  'RSA_AES_KEY_WRAP_SHA_1',
  'RSA_AES_KEY_WRAP_SHA_256',
  'SM2PKE',
] as const
export type WrappingAlgorithm = (typeof WRAPPING_ALGORITHMS)[number]

export const WRAPPING_KEY_SPECS = ['RSA_2048', 'RSA_3072', 'RSA_4096', 'SM2'] as const
export type WrappingKeySpec = (typeof WRAPPING_KEY_SPECS)[number]

export const IMPORT_TYPES = ['NEW_KEY_MATERIAL', 'EXISTING_KEY_MATERIAL'] as const
export type ImportType = (typeof IMPORT_TYPES)[number]

export const ENCRYPTION_ALGORITHMS = [
  'SYMMETRIC_DEFAULT',
  'RSAES_OAEP_SHA_1',
  'RSAES_OAEP_SHA_256',
  'SM2PKE',
] as const
export type EncryptionAlgorithmSpec = (typeof ENCRYPTION_ALGORITHMS)[number]

export const SIGNING_ALGORITHMS = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
  'ECDSA_SHA_256',
  'ECDSA_SHA_384',
  'ECDSA_SHA_512',
  'SM2DSA',
  'ML_DSA_SHAKE_256',
  'ED25519_SHA_512',
  'ED25519_PH_SHA_512',
] as const
export type SigningAlgorithmSpec = (typeof SIGNING_ALGORITHMS)[number]

export const MAC_ALGORITHMS = [
  'HMAC_SHA_224',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
] as const
export type MacAlgorithmSpec = (typeof MAC_ALGORITHMS)[number]

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_DeriveSharedSecret.html */
export const KEY_AGREEMENT_ALGORITHMS = ['ECDH'] as const
export type KeyAgreementAlgorithmSpec = (typeof KEY_AGREEMENT_ALGORITHMS)[number]

export const MESSAGE_TYPES = ['RAW', 'DIGEST', 'EXTERNAL_MU'] as const
export type MessageType = (typeof MESSAGE_TYPES)[number]

export const DATA_KEY_PAIR_SPECS = [
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'SM2',
  'ECC_NIST_EDWARDS25519',
] as const
export type DataKeyPairSpec = (typeof DATA_KEY_PAIR_SPECS)[number]

export const DATA_KEY_SPECS = ['AES_256', 'AES_128'] as const
export type DataKeySpec = (typeof DATA_KEY_SPECS)[number]

export type RotationType = 'AUTOMATIC' | 'ON_DEMAND'

export interface Tag {
  TagKey: string
  TagValue: string
}

export type EncryptionContext = Record<string, string>
