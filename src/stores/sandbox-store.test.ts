import { beforeEach, describe, expect, it } from 'vitest'
import { createKms } from '@/core/kms/index.ts'
import {
  connectSandboxStore,
  disconnectSandboxStore,
  createKey,
  decryptBase64,
  encryptText,
  refreshKeys,
  setKeyEnabled,
  useSandboxStore,
} from './sandbox-store.ts'

const symmetric = { keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT' } as const
let clock = Date.UTC(2026, 10, 29)

beforeEach(async () => {
  clock = Date.UTC(2026, 10, 29)
  await connectSandboxStore(createKms({ now: () => clock }))
})

describe('sandbox store', () => {
  it('lists every key, oldest first, across ListKeys pages', async () => {
    expect(useSandboxStore.getState()).toMatchObject({ status: 'ready', keys: [] })
    for (let i = 0; i < 101; i++) {
      clock += 1000
      const result = await createKey({ description: `key ${i}`, ...symmetric })
      expect(result.ok).toBe(true)
    }
    const keys = useSandboxStore.getState().keys
    expect(keys).toHaveLength(101)
    expect(keys[0]?.Description).toBe('key 0')
    expect(keys[100]?.Description).toBe('key 100')
  })

  it('lists a key with imported material without asking for its automatic rotation', async () => {
    const kms = createKms({ now: () => clock })
    await connectSandboxStore(kms)
    await kms.call('CreateKey', { Origin: 'EXTERNAL' })
    await refreshKeys()
    expect(useSandboxStore.getState().keys.map((k) => k.KeyState)).toEqual(['PendingImport'])
    const failed = (await kms.auditTrail()).filter((e) => e.errorCode !== undefined)
    expect(failed).toEqual([])
  })

  it('encrypts text to base64 and decrypts it back with the same context', async () => {
    const key = await createKey({ description: 'orders', ...symmetric })
    if (!key.ok) throw new Error(key.error.message)
    const blob = await encryptText(key.value.KeyId, 'héllo', { table: 'orders' })
    if (!blob.ok) throw new Error(blob.error.message)
    const wrapped = blob.value.replace(/(.{20})/g, '$1\n ')
    expect(await decryptBase64(wrapped, { table: 'orders' })).toEqual({
      ok: true,
      value: { keyId: key.value.Arn, text: 'héllo' },
    })
    expect(await decryptBase64(blob.value, {})).toEqual({
      ok: false,
      error: {
        name: 'InvalidCiphertextException',
        message: expect.any(String),
        explanation: expect.objectContaining({ fix: expect.stringMatching(/encryption context/) }),
      },
    })
  })

  it('gives AWS errors as values: bad base64, disabled keys, unknown keys', async () => {
    expect(await decryptBase64('no!', {})).toEqual({
      ok: false,
      error: {
        name: 'SerializationException',
        message: "Value of member 'CiphertextBlob' is not valid base64.",
        explanation: expect.objectContaining({ why: expect.stringMatching(/base64/) }),
      },
    })
    const key = await createKey({ description: '', ...symmetric })
    if (!key.ok) throw new Error(key.error.message)
    expect(await setKeyEnabled(key.value.KeyId, false)).toEqual({ ok: true, value: undefined })
    expect(useSandboxStore.getState().keys[0]?.KeyState).toBe('Disabled')
    expect(await encryptText(key.value.KeyId, 'x', {})).toMatchObject({
      ok: false,
      error: { name: 'DisabledException' },
    })
    expect(await encryptText('1234abcd-12ab-34cd-56ef-1234567890ab', 'x', {})).toMatchObject({
      ok: false,
      error: { name: 'NotFoundException' },
    })
  })

  it('refuses a key spec the simulator cannot back with its AWS error', async () => {
    const result = await createKey({
      description: '',
      keySpec: 'ECC_SECG_P256K1',
      keyUsage: 'SIGN_VERIFY',
    })
    expect(result).toMatchObject({ ok: false, error: { name: 'UnsupportedOperationException' } })
    expect(useSandboxStore.getState().keys).toEqual([])
  })

  it('after a disconnect (another tab took the sandbox) it shows no keys and refuses requests', async () => {
    await createKey({ description: 'mine', ...symmetric })
    disconnectSandboxStore()
    expect(useSandboxStore.getState()).toMatchObject({ status: 'elsewhere', keys: [] })
    expect(await createKey({ description: 'late', ...symmetric })).toMatchObject({
      ok: false,
      error: { name: 'UnrecognizedClientException' },
    })
  })
})
