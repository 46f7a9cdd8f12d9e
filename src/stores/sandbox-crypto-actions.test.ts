import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, type Kms, type KeySpec, type KeyUsage } from '@/core/kms/index.ts'
import {
  decryptWithKey,
  encryptWithKey,
  generateDataKeyPairWith,
  generateDataKeyWith,
  generateMacOf,
  getPublicKeyPem,
  reEncryptBlob,
  signMessage,
  verifyMacOf,
  verifySignature,
} from './sandbox-crypto-actions.ts'
import { connectSandboxStore, createKey, useSandboxStore, WITHHELD } from './sandbox-store.ts'

const T0 = Date.UTC(2026, 10, 29)
let kms: Kms

beforeEach(async () => {
  kms = createKms({ now: () => T0 })
  await connectSandboxStore(kms)
})

async function newKey(
  keySpec: KeySpec = 'SYMMETRIC_DEFAULT',
  keyUsage: KeyUsage = 'ENCRYPT_DECRYPT',
) {
  const key = await createKey({ description: '', keySpec, keyUsage })
  if (!key.ok) throw new Error(key.error.message)
  return key.value
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const context = { table: 'orders' }
const symmetric = { context, algorithm: 'SYMMETRIC_DEFAULT' } as const

describe('the key page’s cryptographic actions', () => {
  it('encrypts with a context and decrypts back only with the same context and key', async () => {
    const key = await newKey()
    const other = await newKey()
    const blob = value(await encryptWithKey(key.KeyId, 'hello', symmetric))
    expect(value(await decryptWithKey(key.KeyId, blob, symmetric))).toEqual({
      keyArn: key.Arn,
      text: 'hello',
      base64: 'aGVsbG8=',
    })
    expect(
      await decryptWithKey(key.KeyId, blob, { ...symmetric, context: { table: 'users' } }),
    ).toMatchObject({ ok: false, error: { name: 'InvalidCiphertextException', message: '' } })
    expect(await decryptWithKey(other.KeyId, blob, symmetric)).toMatchObject({
      ok: false,
      error: { name: 'IncorrectKeyException', explanation: expect.anything() as unknown },
    })
    expect(await decryptWithKey(key.KeyId, 'not base64!', symmetric)).toMatchObject({
      ok: false,
      error: { name: 'SerializationException' },
    })
  })

  it('encrypts with an RSA key under RSAES_OAEP and sends no context', async () => {
    const key = await newKey('RSA_2048', 'ENCRYPT_DECRYPT')
    const rsa = { context: {}, algorithm: 'RSAES_OAEP_SHA_256' } as const
    const blob = value(await encryptWithKey(key.KeyId, 'hello', rsa))
    expect(useSandboxStore.getState().lastExchange?.request).toEqual({
      KeyId: key.KeyId,
      Plaintext: 'aGVsbG8=',
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    })
    expect(value(await decryptWithKey(key.KeyId, blob, rsa)).text).toBe('hello')
    const pem = value(await getPublicKeyPem(key.KeyId))
    expect(pem).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----\n$/,
    )
  })

  it('re-encrypts under another key and context; the plaintext stays the same', async () => {
    const source = await newKey()
    const destination = await newKey()
    const blob = value(await encryptWithKey(source.KeyId, 'hello', symmetric))
    const moved = value(
      await reEncryptBlob(blob, {
        sourceContext: context,
        destinationKeyId: destination.KeyId,
        destinationContext: { table: 'archive' },
      }),
    )
    expect(moved).toMatchObject({ sourceKeyArn: source.Arn, destinationKeyArn: destination.Arn })
    const back = await decryptWithKey(destination.KeyId, moved.ciphertext, {
      ...symmetric,
      context: { table: 'archive' },
    })
    expect(value(back).text).toBe('hello')
  })

  it('returns a plaintext data key to the screen but withholds it from the kept exchange and the audit trail', async () => {
    const key = await newKey()
    const dataKey = value(
      await generateDataKeyWith(key.KeyId, { keySpec: 'AES_256', context, withPlaintext: true }),
    )
    expect(dataKey.plaintext).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    const exchange = useSandboxStore.getState().lastExchange
    expect(exchange?.response).toMatchObject({ Plaintext: WITHHELD })
    expect(JSON.stringify(exchange)).not.toContain(dataKey.plaintext)
    const [event] = await kms.auditTrail({ limit: 1 })
    expect(JSON.stringify(event)).not.toContain(dataKey.plaintext)
    // The blob decrypts (with the context) to the same data key.
    expect(value(await decryptWithKey(key.KeyId, dataKey.ciphertext, symmetric)).base64).toBe(
      dataKey.plaintext,
    )

    const without = value(
      await generateDataKeyWith(key.KeyId, { keySpec: 'AES_128', context, withPlaintext: false }),
    )
    expect(without.plaintext).toBeUndefined()
    expect(
      value(await decryptWithKey(key.KeyId, without.ciphertext, symmetric)).base64,
    ).toHaveLength(24)
  })

  it('makes a data key pair, its private key as PEM withheld from the kept exchange', async () => {
    const key = await newKey()
    const pair = value(
      await generateDataKeyPairWith(key.KeyId, {
        keyPairSpec: 'ECC_NIST_P256',
        context,
        withPlaintext: true,
      }),
    )
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/)
    expect(useSandboxStore.getState().lastExchange?.response).toMatchObject({
      PrivateKeyPlaintext: WITHHELD,
    })
    const without = value(
      await generateDataKeyPairWith(key.KeyId, {
        keyPairSpec: 'RSA_2048',
        context,
        withPlaintext: false,
      }),
    )
    expect(without.privateKeyPem).toBeUndefined()
    expect(without.privateKeyCiphertext.length).toBeGreaterThan(0)
  })

  it('signs and verifies with an ECC key; a changed message fails as KMSInvalidSignatureException', async () => {
    const key = await newKey('ECC_NIST_P256', 'SIGN_VERIFY')
    const signature = value(await signMessage(key.KeyId, 'pay 10', 'ECDSA_SHA_256'))
    expect(await verifySignature(key.KeyId, 'pay 10', signature, 'ECDSA_SHA_256')).toEqual({
      ok: true,
      value: undefined,
    })
    expect(await verifySignature(key.KeyId, 'pay 1000', signature, 'ECDSA_SHA_256')).toMatchObject({
      ok: false,
      error: { name: 'KMSInvalidSignatureException', message: '' },
    })
  })

  it('generates and verifies a MAC with an HMAC key; a changed message fails as KMSInvalidMacException', async () => {
    const key = await newKey('HMAC_256', 'GENERATE_VERIFY_MAC')
    const mac = value(await generateMacOf(key.KeyId, 'token', 'HMAC_SHA_256'))
    expect((await verifyMacOf(key.KeyId, 'token', mac, 'HMAC_SHA_256')).ok).toBe(true)
    expect(await verifyMacOf(key.KeyId, 'token!', mac, 'HMAC_SHA_256')).toMatchObject({
      ok: false,
      error: { name: 'KMSInvalidMacException' },
    })
  })
})
