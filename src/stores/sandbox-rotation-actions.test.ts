import { beforeEach, describe, expect, it } from 'vitest'
import { createKms } from '@/core/kms/index.ts'
import {
  disableKeyRotation,
  enableKeyRotation,
  listKeyMaterial,
  materialOfCiphertext,
  onDemandRotationsLeft,
  rotateKeyOnDemand,
  type KeyMaterialVersion,
} from './sandbox-rotation-actions.ts'
import { connectSandboxStore, createKey, encryptText, useSandboxStore } from './sandbox-store.ts'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 10, 29)
let clock = T0

beforeEach(async () => {
  clock = T0
  await connectSandboxStore(createKms({ now: () => clock }))
})

async function newKey(spec: 'SYMMETRIC_DEFAULT' | 'HMAC_256' = 'SYMMETRIC_DEFAULT') {
  const key = await createKey({
    description: '',
    keySpec: spec,
    keyUsage: spec === 'HMAC_256' ? 'GENERATE_VERIFY_MAC' : 'ENCRYPT_DECRYPT',
  })
  if (!key.ok) throw new Error(key.error.message)
  return key.value.KeyId
}

describe('rotation actions', () => {
  it('turns automatic rotation on with a period and off, the store following', async () => {
    const key = await newKey()
    expect(await enableKeyRotation(key, 90)).toEqual({ ok: true, value: undefined })
    expect(useSandboxStore.getState().rotation[key]).toEqual({
      enabled: true,
      periodInDays: 90,
      nextRotationDate: new Date(T0 + 90 * DAY),
    })
    expect((await disableKeyRotation(key)).ok).toBe(true)
    expect(useSandboxStore.getState().rotation[key]).toEqual({ enabled: false })
  })

  it('refuses a period outside 90–2560 days with the AWS error and its fix', async () => {
    const key = await newKey()
    expect(await enableKeyRotation(key, 89)).toMatchObject({
      ok: false,
      error: {
        name: 'ValidationException',
        explanation: { fix: 'Choose a period from 90 to 2560 days.' },
      },
    })
    expect((await enableKeyRotation(key, 2561)).ok).toBe(false)
    expect((await enableKeyRotation(key, 2560)).ok).toBe(true)
  })

  it('lists the original material and each rotation, and counts on-demand rotations left', async () => {
    const key = await newKey()
    clock += DAY
    await rotateKeyOnDemand(key)
    clock += DAY
    await rotateKeyOnDemand(key)
    const versions = await listKeyMaterial(key)
    if (!versions.ok) throw new Error(versions.error.message)
    expect(versions.value.map((v) => [v.KeyMaterialState, v.RotationType, v.RotationDate])).toEqual(
      [
        ['NON_CURRENT', undefined, undefined],
        ['NON_CURRENT', 'ON_DEMAND', new Date(T0 + DAY)],
        ['CURRENT', 'ON_DEMAND', new Date(T0 + 2 * DAY)],
      ],
    )
    expect(onDemandRotationsLeft(versions.value)).toBe(23)
  })

  it('explains why an HMAC key does not rotate', async () => {
    const key = await newKey('HMAC_256')
    expect(await rotateKeyOnDemand(key)).toMatchObject({
      ok: false,
      error: {
        name: 'UnsupportedOperationException',
        explanation: { why: expect.stringMatching(/^Only symmetric encryption keys/) },
      },
    })
  })

  it('never counts below zero', () => {
    const onDemand = { RotationType: 'ON_DEMAND' } as KeyMaterialVersion
    expect(onDemandRotationsLeft(Array.from({ length: 26 }, () => onDemand))).toBe(0)
    expect(onDemandRotationsLeft([{ RotationType: 'AUTOMATIC' } as KeyMaterialVersion])).toBe(25)
  })

  it('numbers the material version a ciphertext needs as the timeline does, before and after a rotation', async () => {
    const key = await newKey()
    const old = await encryptText(key, 'old', {})
    if (!old.ok) throw new Error(old.error.message)
    clock += DAY
    await rotateKeyOnDemand(key)
    const fresh = await encryptText(key, 'new', {})
    if (!fresh.ok) throw new Error(fresh.error.message)
    expect(await materialOfCiphertext(old.value)).toMatchObject({
      keyId: key,
      number: 1,
      total: 2,
      made: new Date(T0),
      version: { KeyMaterialState: 'NON_CURRENT' },
    })
    expect(await materialOfCiphertext(fresh.value)).toMatchObject({
      number: 2,
      total: 2,
      made: new Date(T0 + DAY),
      version: { RotationType: 'ON_DEMAND', KeyMaterialState: 'CURRENT' },
    })
    expect(await materialOfCiphertext('not base64!')).toBeUndefined()
    expect(await materialOfCiphertext('AAAA')).toBeUndefined()
  })
})
