import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  createKeyRequest,
  INITIAL_CHOICES,
  specsOf,
  usagesOf,
  offersOrigin,
  withKeySpec,
  withKeyType,
  withKeyUsage,
} from './create-key-wizard-model.ts'
import { explainKeySpec, wizardCards } from './create-key-wizard-texts.ts'

const ACCT = '111122223333'

describe('the create-key wizard’s choices', () => {
  it('sends Origin EXTERNAL only when chosen, and only for a spec whose material can be imported', () => {
    expect(createKeyRequest(INITIAL_CHOICES, ACCT)).not.toHaveProperty('Origin')
    const external = { ...INITIAL_CHOICES, origin: 'EXTERNAL' as const }
    expect(createKeyRequest(external, ACCT)).toMatchObject({ Origin: 'EXTERNAL' })
    const ecc = {
      ...withKeySpec(
        withKeyUsage(withKeyType(INITIAL_CHOICES, 'asymmetric'), 'SIGN_VERIFY'),
        'ECC_NIST_P384',
      ),
      origin: 'EXTERNAL' as const,
    }
    expect(withKeySpec(ecc, 'ECC_NIST_P521').origin).toBe('EXTERNAL')
    // RSA private keys need RSA_AES_KEY_WRAP, which the simulator cannot unwrap: back to KMS.
    const rsa = withKeySpec(ecc, 'RSA_2048')
    expect(offersOrigin('RSA_2048')).toBe(false)
    expect(rsa.origin).toBe('AWS_KMS')
    expect(createKeyRequest(rsa, ACCT)).not.toHaveProperty('Origin')
  })

  it('offers the specs of each type and usage that the simulator can create', () => {
    expect(specsOf('symmetric', 'ENCRYPT_DECRYPT')).toEqual(['SYMMETRIC_DEFAULT'])
    expect(specsOf('symmetric', 'GENERATE_VERIFY_MAC')).toEqual([
      'HMAC_256',
      'HMAC_384',
      'HMAC_512',
    ])
    expect(specsOf('asymmetric', 'ENCRYPT_DECRYPT')).toEqual(['RSA_2048', 'RSA_3072', 'RSA_4096'])
    expect(specsOf('asymmetric', 'SIGN_VERIFY')).toEqual([
      'RSA_2048',
      'RSA_3072',
      'RSA_4096',
      'ECC_NIST_P256',
      'ECC_NIST_P384',
      'ECC_NIST_P521',
    ])
    // ECDH: the NIST curves only (WebCrypto has no SM2).
    expect(usagesOf('asymmetric')).toEqual(['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT'])
    expect(specsOf('asymmetric', 'KEY_AGREEMENT')).toEqual([
      'ECC_NIST_P256',
      'ECC_NIST_P384',
      'ECC_NIST_P521',
    ])
  })

  it('keeps the usage and spec when they still fit a new type, else takes the first that does', () => {
    const signing = withKeyUsage(withKeyType(INITIAL_CHOICES, 'asymmetric'), 'SIGN_VERIFY')
    expect(signing).toMatchObject({ keyUsage: 'SIGN_VERIFY', keySpec: 'RSA_2048' })
    const ecc = { ...signing, keySpec: 'ECC_NIST_P256' as const }
    expect(withKeyUsage(ecc, 'ENCRYPT_DECRYPT').keySpec).toBe('RSA_2048')
    expect(withKeyType(ecc, 'symmetric')).toMatchObject({
      keyUsage: 'ENCRYPT_DECRYPT',
      keySpec: 'SYMMETRIC_DEFAULT',
    })
  })

  it('sends only what was chosen: no empty description, tag rows or default policy', () => {
    expect(createKeyRequest(INITIAL_CHOICES, ACCT)).toEqual({
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
    })
    const request = createKeyRequest(
      {
        ...INITIAL_CHOICES,
        description: 'Orders',
        tags: [
          { key: 'team', value: 'payments' },
          { key: '', value: '' },
          { key: '', value: 'typed' },
        ],
        policy: 'console',
        users: [`arn:aws:iam::${ACCT}:user/alice`],
      },
      ACCT,
    )
    expect(request).toMatchObject({
      Description: 'Orders',
      // A row with a value but no key is sent, for AWS to refuse as it would.
      Tags: [
        { TagKey: 'team', TagValue: 'payments' },
        { TagKey: '', TagValue: 'typed' },
      ],
    })
    expect(JSON.parse(request.Policy!)).toMatchObject({ Id: 'key-consolepolicy-3' })
  })

  it('explains each spec with its algorithms', () => {
    expect(explainKeySpec('ECC_NIST_P256', 'SIGN_VERIFY').sentence).toBe(
      'An elliptic-curve key pair on NIST P-256; it signs with ECDSA_SHA_256.',
    )
    expect(explainKeySpec('HMAC_384', 'GENERATE_VERIFY_MAC').sentence).toContain('HMAC_SHA_384')
    expect(explainKeySpec('RSA_3072', 'ENCRYPT_DECRYPT').sentence).toContain('RSAES_OAEP_SHA_256')
    expect(explainKeySpec('ECC_NIST_P521', 'KEY_AGREEMENT').sentence).toBe(
      'An elliptic-curve key pair on NIST P-521; it derives shared secrets with ECDH.',
    )
  })

  it('links only to cards of the deck', () => {
    const dir = new URL('../../../cards/', import.meta.url)
    const ids = new Set(
      readdirSync(dir)
        .filter((name) => name.endsWith('.md') && name !== 'README.md')
        .flatMap((name) =>
          [...readFileSync(new URL(name, dir), 'utf8').matchAll(/^## ([a-z0-9-]+)$/gm)].map(
            (m) => m[1],
          ),
        ),
    )
    expect(wizardCards().filter((card) => !ids.has(card))).toEqual([])
  })
})
