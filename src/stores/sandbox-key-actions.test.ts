import { beforeEach, describe, expect, it } from 'vitest'
import { createKms } from '@/core/kms/index.ts'
import {
  cancelKeyDeletion,
  createAlias,
  deleteAlias,
  listKeyTags,
  moveAlias,
  scheduleKeyDeletion,
  tagKey,
  untagKey,
} from './sandbox-key-actions.ts'
import { connectSandboxStore, createKey, setKeyEnabled, useSandboxStore } from './sandbox-store.ts'

const DAY = 86_400_000
const symmetric = { keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT' } as const
const T0 = Date.UTC(2026, 10, 29)
let clock = T0

async function newKey(description: string): Promise<string> {
  clock += 1000
  const key = await createKey({ description, ...symmetric })
  if (!key.ok) throw new Error(key.error.message)
  return key.value.KeyId
}

const stateOf = (keyId: string) =>
  useSandboxStore.getState().keys.find((k) => k.KeyId === keyId)?.KeyState

beforeEach(async () => {
  clock = T0
  await connectSandboxStore(createKms({ now: () => clock }))
})

describe('the key page’s actions', () => {
  it('creates an alias, moves it to another key and deletes it, the store following', async () => {
    const first = await newKey('first')
    const second = await newKey('second')
    expect(await createAlias('alias/orders', first)).toEqual({ ok: true, value: undefined })
    expect(useSandboxStore.getState().aliases).toMatchObject([
      { AliasName: 'alias/orders', TargetKeyId: first },
    ])
    expect((await moveAlias('alias/orders', second)).ok).toBe(true)
    expect(useSandboxStore.getState().aliases).toMatchObject([
      { AliasName: 'alias/orders', TargetKeyId: second },
    ])
    expect((await deleteAlias('alias/orders')).ok).toBe(true)
    expect(useSandboxStore.getState().aliases).toEqual([])
  })

  it('keeps an alias error as AWS names it, with its explanation', async () => {
    const key = await newKey('k')
    await createAlias('alias/orders', key)
    const again = await createAlias('alias/orders', key)
    expect(again).toMatchObject({
      ok: false,
      error: {
        name: 'AlreadyExistsException',
        explanation: { fix: expect.stringMatching(/UpdateAlias/) },
      },
    })
    const bad = await createAlias('orders', key)
    expect(bad).toMatchObject({ ok: false, error: { name: 'ValidationException' } })
  })

  it('adds, changes and removes tags', async () => {
    const key = await newKey('k')
    await tagKey(key, { TagKey: 'team', TagValue: 'payments' })
    await tagKey(key, { TagKey: 'env', TagValue: 'test' })
    await tagKey(key, { TagKey: 'team', TagValue: 'billing' })
    expect(await listKeyTags(key)).toEqual({
      ok: true,
      value: [
        { TagKey: 'env', TagValue: 'test' },
        { TagKey: 'team', TagValue: 'billing' },
      ],
    })
    await untagKey(key, 'env')
    expect(await listKeyTags(key)).toEqual({
      ok: true,
      value: [{ TagKey: 'team', TagValue: 'billing' }],
    })
    const reserved = await tagKey(key, { TagKey: 'aws:x', TagValue: '' })
    expect(reserved).toMatchObject({ ok: false, error: { name: 'TagException' } })
  })

  it('schedules deletion 7–30 days ahead and cancels it, the key coming back Disabled', async () => {
    const key = await newKey('k')
    const tooSoon = await scheduleKeyDeletion(key, 6)
    expect(tooSoon).toMatchObject({
      ok: false,
      error: {
        name: 'ValidationException',
        explanation: { fix: 'Choose a waiting period from 7 to 30 days.' },
      },
    })
    const scheduled = await scheduleKeyDeletion(key, 7)
    expect(scheduled).toEqual({ ok: true, value: new Date(clock + 7 * DAY) })
    expect(stateOf(key)).toBe('PendingDeletion')

    const enable = await setKeyEnabled(key, true)
    expect(enable).toMatchObject({
      ok: false,
      error: {
        name: 'KMSInvalidStateException',
        message: expect.stringMatching(/is pending deletion\.$/),
        explanation: { fix: expect.stringMatching(/^Cancel the deletion/) },
      },
    })
    expect((await cancelKeyDeletion(key)).ok).toBe(true)
    expect(stateOf(key)).toBe('Disabled')
    const again = await cancelKeyDeletion(key)
    expect(again).toMatchObject({ ok: false, error: { name: 'KMSInvalidStateException' } })
  })

  it('reports each symmetric key’s automatic rotation in the store', async () => {
    const key = await newKey('k')
    expect(useSandboxStore.getState().rotation[key]).toEqual({ enabled: false })
  })
})
