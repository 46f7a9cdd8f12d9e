import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, createSimulatedClock, type ClockState, type Kms } from '@/core/kms/index.ts'
import {
  advanceSandboxClock,
  advanceToNextSandboxEvent,
  attachSandboxClock,
  DAY_MS,
  nextSandboxEvent,
  useSandboxClockStore,
} from './sandbox-clock.ts'
import { scheduleKeyDeletion } from './sandbox-key-actions.ts'
import { enableKeyRotation, listKeyMaterial } from './sandbox-rotation-actions.ts'
import { connectSandboxStore, createKey, refreshKeys, useSandboxStore } from './sandbox-store.ts'

const T0 = Date.UTC(2026, 11, 6, 5)
let saved: ClockState | undefined
let kms: Kms

beforeEach(async () => {
  saved = undefined
  const clock = createSimulatedClock(() => T0)
  attachSandboxClock(clock, (state) => {
    saved = state
    return Promise.resolve()
  })
  kms = createKms({ now: clock.now })
  await connectSandboxStore(kms)
})

async function newKey(description = '') {
  const key = await createKey({
    description,
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
  })
  if (!key.ok) throw new Error(key.error.message)
  return key.value.KeyId
}

describe('sandbox clock', () => {
  it('advancing a year makes the automatic rotation happen, dated when it was due', async () => {
    const key = await newKey()
    await enableKeyRotation(key, 365)
    const jump = await advanceSandboxClock(365 * DAY_MS)
    expect(jump).toEqual({
      ok: true,
      value: { now: T0 + 365 * DAY_MS, rotations: 1, deletions: 0 },
    })
    expect(saved).toEqual({ offsetMs: 365 * DAY_MS, latestMs: T0 + 365 * DAY_MS })
    expect(useSandboxClockStore.getState().now).toBe(T0 + 365 * DAY_MS)
    const versions = await listKeyMaterial(key)
    expect(versions.ok && versions.value.map((v) => v.RotationType)).toEqual([
      undefined,
      'AUTOMATIC',
    ])
    const rotated = (await kms.auditTrail()).find((e) => e.eventName === 'RotateKey')
    expect(rotated).toMatchObject({ eventName: 'RotateKey', eventTime: T0 + 365 * DAY_MS })
    expect(useSandboxStore.getState().rotation[key]?.nextRotationDate).toEqual(
      new Date(T0 + 730 * DAY_MS),
    )
  })

  it('a day short of the deletion date keeps the key; the next event deletes it and its alias', async () => {
    const key = await newKey()
    await kms.call('CreateAlias', { AliasName: 'alias/gone', TargetKeyId: key })
    await scheduleKeyDeletion(key, 7)
    const event = nextSandboxEvent(
      useSandboxStore.getState().keys,
      useSandboxStore.getState().rotation,
    )
    expect(event).toEqual({ kind: 'deletion', keyId: key, time: T0 + 7 * DAY_MS })
    expect(await advanceSandboxClock(6 * DAY_MS)).toMatchObject({ value: { deletions: 0 } })
    expect(useSandboxStore.getState().keys.map((k) => k.KeyId)).toEqual([key])
    expect(await advanceToNextSandboxEvent()).toMatchObject({
      ok: true,
      value: { now: T0 + 7 * DAY_MS, deletions: 1 },
    })
    expect(useSandboxStore.getState().keys).toEqual([])
    expect(useSandboxStore.getState().aliases).toEqual([])
    expect(advanceToNextSandboxEvent()).toBeUndefined()
  })

  it('the next event is the earliest, and a disabled key does not rotate', async () => {
    const soon = await newKey('soon')
    const later = await newKey('later')
    const off = await newKey('off')
    await enableKeyRotation(later, 200)
    await enableKeyRotation(soon, 90)
    await enableKeyRotation(off, 91)
    await kms.call('DisableKey', { KeyId: soon })
    await kms.call('DisableKey', { KeyId: off })
    await refreshKeys()
    const { keys, rotation } = useSandboxStore.getState()
    expect(nextSandboxEvent(keys, rotation)).toEqual({
      kind: 'rotation',
      keyId: later,
      time: T0 + 200 * DAY_MS,
    })
  })
})
