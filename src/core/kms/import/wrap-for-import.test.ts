import { describe, expect, it } from 'vitest'
import { createTestKms, utf8 } from '../testing/test-kms.ts'
import type { KeySpec, KeyUsage } from '../types.ts'
import { generateMaterialToImport, wrapMaterialForImport } from './wrap-for-import.ts'

/** CreateKey EXTERNAL, then the customer's side of this file, then ImportKeyMaterial. */
async function importedKey(
  keySpec: KeySpec & Parameters<typeof generateMaterialToImport>[0],
  keyUsage: KeyUsage,
) {
  const { kms } = createTestKms()
  const { KeyMetadata } = await kms.call('CreateKey', {
    Origin: 'EXTERNAL',
    KeySpec: keySpec,
    KeyUsage: keyUsage,
  })
  const params = await kms.call('GetParametersForImport', {
    KeyId: KeyMetadata.KeyId,
    WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
    WrappingKeySpec: keySpec === 'ECC_NIST_P521' ? 'RSA_3072' : 'RSA_2048',
  })
  const material = await generateMaterialToImport(keySpec)
  await kms.call('ImportKeyMaterial', {
    KeyId: KeyMetadata.KeyId,
    ImportToken: params.ImportToken,
    EncryptedKeyMaterial: await wrapMaterialForImport(
      material,
      params.PublicKey,
      'RSAES_OAEP_SHA_256',
    ),
    ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
  })
  return { kms, keyId: KeyMetadata.KeyId }
}

describe('the customer side of an import, per key spec', () => {
  it('SYMMETRIC_DEFAULT by default: 256-bit material that encrypts', async () => {
    const { kms, keyId } = await importedKey('SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT')
    const { CiphertextBlob } = await kms.call('Encrypt', { KeyId: keyId, Plaintext: utf8('x') })
    expect((await kms.call('Decrypt', { CiphertextBlob })).Plaintext).toEqual(utf8('x'))
  })

  for (const [keySpec, MacAlgorithm] of [
    ['HMAC_256', 'HMAC_SHA_256'],
    ['HMAC_384', 'HMAC_SHA_384'],
    ['HMAC_512', 'HMAC_SHA_512'],
  ] as const) {
    it(`${keySpec}: material of the spec's length that MACs`, async () => {
      const { kms, keyId } = await importedKey(keySpec, 'GENERATE_VERIFY_MAC')
      const mac = { KeyId: keyId, MacAlgorithm, Message: utf8('m') }
      const { Mac } = await kms.call('GenerateMac', mac)
      expect((await kms.call('VerifyMac', { ...mac, Mac })).MacValid).toBe(true)
    })
  }

  for (const [keySpec, SigningAlgorithm] of [
    ['ECC_NIST_P256', 'ECDSA_SHA_256'],
    ['ECC_NIST_P521', 'ECDSA_SHA_512'],
  ] as const) {
    it(`${keySpec}: a private key that signs (SIGN_VERIFY) and agrees (KEY_AGREEMENT)`, async () => {
      const signer = await importedKey(keySpec, 'SIGN_VERIFY')
      const signing = { KeyId: signer.keyId, Message: utf8('m'), SigningAlgorithm }
      const { Signature } = await signer.kms.call('Sign', signing)
      expect((await signer.kms.call('Verify', { ...signing, Signature })).SignatureValid).toBe(true)
      const agreer = await importedKey(keySpec, 'KEY_AGREEMENT')
      const { PublicKey } = await agreer.kms.call('GetPublicKey', { KeyId: agreer.keyId })
      const { SharedSecret } = await agreer.kms.call('DeriveSharedSecret', {
        KeyId: agreer.keyId,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey,
      })
      expect(SharedSecret.length).toBe(keySpec === 'ECC_NIST_P256' ? 32 : 66)
    })
  }
})
