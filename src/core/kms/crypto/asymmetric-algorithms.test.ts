import { describe, expect, it } from 'vitest'
import {
  type AsymmetricKeySpec,
  type RsaEncryptionAlgorithm,
  encryptionAlgorithmsFor,
  rsaMaxPlaintextBytes,
  signingAlgorithmsFor,
  signParams,
} from './asymmetric-algorithms.ts'

const RSA_SIGNING = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
]

describe('algorithms per key spec (DescribeKey SigningAlgorithms / EncryptionAlgorithms)', () => {
  it.each<[AsymmetricKeySpec, string[], string[]]>([
    ['RSA_2048', RSA_SIGNING, ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']],
    ['RSA_3072', RSA_SIGNING, ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']],
    ['RSA_4096', RSA_SIGNING, ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']],
    ['ECC_NIST_P256', ['ECDSA_SHA_256'], []],
    ['ECC_NIST_P384', ['ECDSA_SHA_384'], []],
    ['ECC_NIST_P521', ['ECDSA_SHA_512'], []],
  ])('%s signs with %j and encrypts with %j', (spec, signing, encryption) => {
    expect(signingAlgorithmsFor(spec)).toEqual(signing)
    expect(encryptionAlgorithmsFor(spec)).toEqual(encryption)
  })

  it('returns a fresh array each time, so callers cannot corrupt the table', () => {
    signingAlgorithmsFor('RSA_2048').pop()
    expect(signingAlgorithmsFor('RSA_2048')).toHaveLength(6)
  })
})

describe('rsaMaxPlaintextBytes (AWS Encrypt limits)', () => {
  it.each<[AsymmetricKeySpec, RsaEncryptionAlgorithm, number]>([
    ['RSA_2048', 'RSAES_OAEP_SHA_1', 214],
    ['RSA_3072', 'RSAES_OAEP_SHA_1', 342],
    ['RSA_4096', 'RSAES_OAEP_SHA_1', 470],
    ['RSA_2048', 'RSAES_OAEP_SHA_256', 190],
    ['RSA_3072', 'RSAES_OAEP_SHA_256', 318],
    ['RSA_4096', 'RSAES_OAEP_SHA_256', 446],
    ['ECC_NIST_P256', 'RSAES_OAEP_SHA_256', 0],
  ])('%s with %s: %i bytes', (spec, algorithm, max) => {
    expect(rsaMaxPlaintextBytes(spec, algorithm)).toBe(max)
  })
})

describe('signParams', () => {
  it.each([
    ['RSASSA_PSS_SHA_256', { name: 'RSA-PSS', saltLength: 32 }],
    ['RSASSA_PSS_SHA_384', { name: 'RSA-PSS', saltLength: 48 }],
    ['RSASSA_PSS_SHA_512', { name: 'RSA-PSS', saltLength: 64 }],
    ['RSASSA_PKCS1_V1_5_SHA_384', { name: 'RSASSA-PKCS1-v1_5' }],
    ['ECDSA_SHA_256', { name: 'ECDSA', hash: 'SHA-256' }],
    ['ECDSA_SHA_512', { name: 'ECDSA', hash: 'SHA-512' }],
  ] as const)('%s → %j (PSS salt = hash length, as KMS)', (algorithm, params) => {
    expect(signParams(algorithm)).toEqual(params)
  })
})
