import { describe, expect, it } from 'vitest'
import { createTestKms, text, utf8 } from '../testing/test-kms.ts'

const message = utf8('sign me')

describe('asymmetric keys', () => {
  it('ECC_NIST_P256: metadata, Sign, Verify, GetPublicKey', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
    })
    expect(key).toMatchObject({ SigningAlgorithms: ['ECDSA_SHA_256'], KeySpec: 'ECC_NIST_P256' })
    expect(key.CurrentKeyMaterialId).toBeUndefined()
    expect(key.EncryptionAlgorithms).toBeUndefined()
    const signed = await kms.call('Sign', {
      KeyId: key.KeyId,
      Message: message,
      SigningAlgorithm: 'ECDSA_SHA_256',
    })
    expect(signed.Signature[0]).toBe(0x30) // DER SEQUENCE
    expect(
      await kms.call('Verify', {
        KeyId: key.KeyId,
        Message: message,
        Signature: signed.Signature,
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
    ).toEqual({ KeyId: key.Arn, SignatureValid: true, SigningAlgorithm: 'ECDSA_SHA_256' })
    await expect(
      kms.call('Verify', {
        KeyId: key.KeyId,
        Message: utf8('other'),
        Signature: signed.Signature,
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
    ).rejects.toMatchObject({ name: 'KMSInvalidSignatureException', message: '' })
    await expect(
      kms.call('Sign', { KeyId: key.KeyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_384' }),
    ).rejects.toMatchObject({ name: 'InvalidKeyUsageException' })
    await expect(
      kms.call('Sign', {
        KeyId: key.KeyId,
        Message: new Uint8Array(31),
        MessageType: 'DIGEST',
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Digest is invalid length for algorithm ECDSA_SHA_256.',
    })
    await expect(
      kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: message }),
    ).rejects.toMatchObject({
      name: 'InvalidKeyUsageException',
      message: `${key.Arn} key usage is SIGN_VERIFY which is not valid for Encrypt.`,
    })
    const pub = await kms.call('GetPublicKey', { KeyId: key.KeyId })
    expect(pub).toMatchObject({
      KeyId: key.Arn,
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
      SigningAlgorithms: ['ECDSA_SHA_256'],
    })
    await crypto.subtle.importKey(
      'spki',
      Uint8Array.from(pub.PublicKey),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    )
    await expect(kms.call('EnableKeyRotation', { KeyId: key.KeyId })).rejects.toMatchObject({
      name: 'UnsupportedOperationException',
    })
  })

  it('RSA_2048 ENCRYPT_DECRYPT: OAEP round trip and the recorded size limit', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {
      KeySpec: 'RSA_2048',
      KeyUsage: 'ENCRYPT_DECRYPT',
    })
    expect(key.EncryptionAlgorithms).toEqual(['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'])
    const enc = await kms.call('Encrypt', {
      KeyId: key.KeyId,
      Plaintext: utf8('rsa'),
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    })
    expect(enc.CiphertextBlob).toHaveLength(256)
    const dec = await kms.call('Decrypt', {
      KeyId: key.KeyId,
      CiphertextBlob: enc.CiphertextBlob,
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    })
    expect(text(dec.Plaintext)).toBe('rsa')
    expect(dec.KeyMaterialId).toBeUndefined()
    await expect(
      kms.call('Decrypt', {
        KeyId: key.KeyId,
        CiphertextBlob: enc.CiphertextBlob,
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
      }),
    ).rejects.toMatchObject({ name: 'InvalidCiphertextException' })
    await expect(
      kms.call('Encrypt', {
        KeyId: key.KeyId,
        Plaintext: new Uint8Array(191),
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message:
        'Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.',
    })
    await expect(
      kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') }),
    ).rejects.toMatchObject({
      name: 'InvalidKeyUsageException',
    })
    await kms.call('DisableKey', { KeyId: key.KeyId })
    await expect(kms.call('GetPublicKey', { KeyId: key.KeyId })).rejects.toMatchObject({
      name: 'DisabledException',
    })
  })
})

describe('HMAC keys', () => {
  it('GenerateMac and VerifyMac with the AWS errors', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {
      KeySpec: 'HMAC_384',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    })
    expect(key.MacAlgorithms).toEqual(['HMAC_SHA_384'])
    const { Mac } = await kms.call('GenerateMac', {
      KeyId: key.KeyId,
      Message: message,
      MacAlgorithm: 'HMAC_SHA_384',
    })
    expect(Mac).toHaveLength(48)
    expect(
      await kms.call('VerifyMac', {
        KeyId: key.KeyId,
        Message: message,
        Mac,
        MacAlgorithm: 'HMAC_SHA_384',
      }),
    ).toEqual({ KeyId: key.Arn, MacValid: true, MacAlgorithm: 'HMAC_SHA_384' })
    await expect(
      kms.call('VerifyMac', {
        KeyId: key.KeyId,
        Message: utf8('x'),
        Mac,
        MacAlgorithm: 'HMAC_SHA_384',
      }),
    ).rejects.toMatchObject({ name: 'KMSInvalidMacException', message: '' })
    await expect(
      kms.call('GenerateMac', { KeyId: key.KeyId, Message: message, MacAlgorithm: 'HMAC_SHA_512' }),
    ).rejects.toMatchObject({
      name: 'InvalidKeyUsageException',
      message: 'Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_384.',
    })
    const { KeyMetadata: sym } = await kms.call('CreateKey', {})
    await expect(
      kms.call('GenerateMac', { KeyId: sym.KeyId, Message: message, MacAlgorithm: 'HMAC_SHA_256' }),
    ).rejects.toMatchObject({
      message: `${sym.Arn} key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.`,
    })
    await expect(kms.call('GetPublicKey', { KeyId: key.KeyId })).rejects.toMatchObject({
      name: 'UnsupportedOperationException',
    })
  })
})
