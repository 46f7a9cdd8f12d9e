import { describe, expect, it } from 'vitest'
import { DAY_MS } from './engine-context.ts'
import type { KmsStore } from '../store/kms-store.ts'
import { createMemoryKmsStore } from '../store/memory-store.ts'
import { createTestKms, T0, utf8 } from '../testing/test-kms.ts'

/** A memory store that counts `keys.list()` calls: the scan for due events lists every key. */
function countingStore(): { store: KmsStore; lists: () => number } {
  const inner = createMemoryKmsStore()
  let lists = 0
  const keys = {
    ...inner.keys,
    list: () => {
      lists++
      return inner.keys.list()
    },
  }
  return { store: { ...inner, keys }, lists: () => lists }
}

describe('due events are found without scanning every key on every request', () => {
  it('does not list the keys while nothing is due', async () => {
    const { store, lists } = countingStore()
    const t = createTestKms({ store })
    const { KeyMetadata: key } = await t.kms.call('CreateKey', {})
    await t.kms.call('CreateKey', {})
    await t.kms.call('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 90 })
    const before = lists()
    t.advanceDays(89)
    for (let i = 0; i < 5; i++) {
      const { CiphertextBlob } = await t.kms.call('Encrypt', {
        KeyId: key.KeyId,
        Plaintext: utf8('x'),
      })
      await t.kms.call('Decrypt', { CiphertextBlob })
      await t.kms.call('DescribeKey', { KeyId: key.KeyId })
    }
    expect(lists()).toBe(before)
  })

  it('still applies a rotation on the first request at its time, then stops scanning', async () => {
    const { store, lists } = countingStore()
    const t = createTestKms({ store })
    const { KeyMetadata: key } = await t.kms.call('CreateKey', {})
    await t.kms.call('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 90 })
    t.clock.now = T0 + 90 * DAY_MS - 1
    await t.kms.call('DescribeKey', { KeyId: key.KeyId })
    expect((await t.kms.call('ListKeyRotations', { KeyId: key.KeyId })).Rotations).toEqual([])
    t.clock.now = T0 + 90 * DAY_MS
    const { Rotations } = await t.kms.call('ListKeyRotations', { KeyId: key.KeyId })
    expect(Rotations.map((r) => r.RotationDate)).toEqual([new Date(T0 + 90 * DAY_MS)])
    const after = lists()
    await t.kms.call('DescribeKey', { KeyId: key.KeyId })
    expect(lists()).toBe(after)
  })

  it('applies a deletion scheduled after an earlier event was computed', async () => {
    const t = createTestKms()
    const { KeyMetadata: rotating } = await t.kms.call('CreateKey', {})
    const { KeyMetadata: doomed } = await t.kms.call('CreateKey', {})
    await t.kms.call('EnableKeyRotation', { KeyId: rotating.KeyId, RotationPeriodInDays: 365 })
    await t.kms.call('DescribeKey', { KeyId: rotating.KeyId })
    await t.kms.call('ScheduleKeyDeletion', { KeyId: doomed.KeyId, PendingWindowInDays: 7 })
    t.advanceDays(7)
    await expect(t.kms.call('DescribeKey', { KeyId: doomed.KeyId })).rejects.toThrow(
      'does not exist',
    )
    const trail = await t.kms.auditTrail({ keyArn: doomed.Arn })
    expect(trail.map((e) => e.eventName)).toContain('DeleteKey')
  })

  it('an overdue rotation of a disabled key is not applied until the key is enabled', async () => {
    const t = createTestKms()
    const { KeyMetadata: key } = await t.kms.call('CreateKey', {})
    await t.kms.call('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 90 })
    await t.kms.call('DisableKey', { KeyId: key.KeyId })
    t.advanceDays(100)
    await t.kms.call('DescribeKey', { KeyId: key.KeyId })
    expect((await t.kms.call('ListKeyRotations', { KeyId: key.KeyId })).Rotations).toEqual([])
    await t.kms.call('EnableKey', { KeyId: key.KeyId })
    const { Rotations } = await t.kms.call('ListKeyRotations', { KeyId: key.KeyId })
    expect(Rotations).toHaveLength(1)
  })

  it('a restarted engine applies events that fell due while it was not running', async () => {
    const store = createMemoryKmsStore()
    const clock = { now: T0 }
    const first = createTestKms({ store, now: () => clock.now })
    const { KeyMetadata: key } = await first.kms.call('CreateKey', {})
    await first.kms.call('ScheduleKeyDeletion', { KeyId: key.KeyId, PendingWindowInDays: 7 })
    clock.now += 8 * DAY_MS
    const second = createTestKms({ store, now: () => clock.now })
    await expect(second.kms.call('DescribeKey', { KeyId: key.KeyId })).rejects.toThrow(
      'does not exist',
    )
  })
})
