import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, type Kms } from '@/core/kms/index.ts'
import { deriveSharedSecretOf, getPublicKeyPem } from './sandbox-crypto-actions.ts'
import { connectSandboxStore, createKey, useSandboxStore, WITHHELD } from './sandbox-store.ts'

const T0 = Date.UTC(2026, 10, 29)
let kms: Kms

beforeEach(async () => {
  kms = createKms({ now: () => T0 })
  await connectSandboxStore(kms)
})

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

async function agreementKey() {
  return value(
    await createKey({ description: '', keySpec: 'ECC_NIST_P256', keyUsage: 'KEY_AGREEMENT' }),
  )
}

describe('DeriveSharedSecret from the key page', () => {
  it('takes the peer key as PEM or base64 DER and withholds the secret from the kept exchange', async () => {
    const key = await agreementKey()
    // The key's own public key is a valid peer key on its curve.
    const pem = value(await getPublicKeyPem(key.KeyId))
    const fromPem = value(await deriveSharedSecretOf(key.KeyId, pem))
    expect(fromPem).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    const base64 = pem.replace(/-----[A-Z ]+-----|\s/g, '')
    expect(value(await deriveSharedSecretOf(key.KeyId, base64))).toBe(fromPem)
    const exchange = useSandboxStore.getState().lastExchange
    expect(exchange?.operation).toBe('DeriveSharedSecret')
    expect(exchange?.response).toMatchObject({
      SharedSecret: WITHHELD,
      KeyAgreementAlgorithm: 'ECDH',
    })
    expect(JSON.stringify(exchange)).not.toContain(fromPem)
    const [event] = await kms.auditTrail({ limit: 1 })
    expect(JSON.stringify(event)).not.toContain(fromPem)
  })

  it('reports text that is not base64 and a key of another curve as AWS errors', async () => {
    const key = await agreementKey()
    const notBase64 = await deriveSharedSecretOf(key.KeyId, 'not a key!')
    expect(notBase64).toMatchObject({ ok: false, error: { name: 'SerializationException' } })
    const other = value(
      await createKey({ description: '', keySpec: 'ECC_NIST_P384', keyUsage: 'KEY_AGREEMENT' }),
    )
    const p384 = value(await getPublicKeyPem(other.KeyId))
    expect(await deriveSharedSecretOf(key.KeyId, p384)).toMatchObject({
      ok: false,
      error: { name: 'ValidationException' },
    })
  })
})
