import { describe, expect, it } from 'vitest'
import { createTestKms, T0, text, utf8 } from '../testing/test-kms.ts'

const DAY = 86_400_000

describe('key rotation', () => {
  it('rotates lazily at NextRotationDate, catches up missed periods, keeps old material', async () => {
    const t = createTestKms()
    const { kms } = t
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const id = { KeyId: key.KeyId }
    const before = await kms.call('Encrypt', {
      ...id,
      Plaintext: utf8('old'),
      EncryptionContext: { k: 'v' },
    })
    await kms.call('EnableKeyRotation', { ...id, RotationPeriodInDays: 90 })
    expect(await kms.call('GetKeyRotationStatus', id)).toEqual({
      KeyRotationEnabled: true,
      KeyId: key.Arn,
      RotationPeriodInDays: 90,
      NextRotationDate: new Date(T0 + 90 * DAY),
    })
    t.advanceDays(89)
    expect((await kms.call('ListKeyRotations', id)).Rotations).toEqual([])
    t.advanceDays(1 + 2 * 90 + 10) // day 280: rotations due on days 90, 180 and 270
    const { Rotations } = await kms.call('ListKeyRotations', id)
    expect(Rotations.map((r) => [r.RotationType, r.RotationDate])).toEqual([
      ['AUTOMATIC', new Date(T0 + 90 * DAY)],
      ['AUTOMATIC', new Date(T0 + 180 * DAY)],
      ['AUTOMATIC', new Date(T0 + 270 * DAY)],
    ])
    expect(Rotations.map((r) => r.KeyMaterialState)).toEqual([
      'NON_CURRENT',
      'NON_CURRENT',
      'CURRENT',
    ])
    const status = await kms.call('GetKeyRotationStatus', id)
    expect(status.NextRotationDate).toEqual(new Date(T0 + 360 * DAY))
    const { KeyMetadata: now } = await kms.call('DescribeKey', id)
    expect(now.CurrentKeyMaterialId).toBe(Rotations[2]?.KeyMaterialId)
    expect(now.CurrentKeyMaterialId).not.toBe(key.CurrentKeyMaterialId)

    const old = await kms.call('Decrypt', {
      CiphertextBlob: before.CiphertextBlob,
      EncryptionContext: { k: 'v' },
    })
    expect(text(old.Plaintext)).toBe('old')
    expect(old.KeyMaterialId).toBe(key.CurrentKeyMaterialId)
    const fresh = await kms.call('GenerateDataKey', { ...id, KeySpec: 'AES_256' })
    expect(fresh.KeyMaterialId).toBe(now.CurrentKeyMaterialId)
    const moved = await kms.call('ReEncrypt', {
      CiphertextBlob: before.CiphertextBlob,
      SourceEncryptionContext: { k: 'v' },
      DestinationKeyId: key.KeyId,
    })
    expect(moved.SourceKeyMaterialId).toBe(key.CurrentKeyMaterialId)
    expect(moved.DestinationKeyMaterialId).toBe(now.CurrentKeyMaterialId)

    const all = await kms.call('ListKeyRotations', {
      ...id,
      IncludeKeyMaterial: 'ALL_KEY_MATERIAL',
    })
    expect(all.Rotations).toHaveLength(4)
    expect(all.Rotations[0]).toEqual({
      KeyId: key.KeyId,
      KeyMaterialId: key.CurrentKeyMaterialId,
      KeyMaterialState: 'NON_CURRENT',
    })
  })

  it('does not rotate while disabled; an overdue rotation happens on EnableKey', async () => {
    const t = createTestKms()
    const { kms } = t
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const id = { KeyId: key.KeyId }
    await kms.call('EnableKeyRotation', id)
    await kms.call('DisableKey', id)
    t.advanceDays(400)
    expect((await kms.call('ListKeyRotations', id)).Rotations).toEqual([])
    await kms.call('EnableKey', id)
    const { Rotations } = await kms.call('ListKeyRotations', id)
    expect(Rotations.map((r) => r.RotationDate)).toEqual([new Date(T0 + 400 * DAY)])
    expect((await kms.call('GetKeyRotationStatus', id)).NextRotationDate).toEqual(
      new Date(T0 + 765 * DAY),
    )
  })

  it('DisableKeyRotation stops the schedule; PendingDeletion reports false', async () => {
    const t = createTestKms()
    const { kms } = t
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const id = { KeyId: key.KeyId }
    await kms.call('EnableKeyRotation', id)
    await kms.call('DisableKeyRotation', id)
    expect(await kms.call('GetKeyRotationStatus', id)).toEqual({
      KeyRotationEnabled: false,
      KeyId: key.Arn,
    })
    t.advanceDays(800)
    expect((await kms.call('ListKeyRotations', id)).Rotations).toEqual([])
    await kms.call('EnableKeyRotation', id)
    await kms.call('ScheduleKeyDeletion', id)
    expect((await kms.call('GetKeyRotationStatus', id)).KeyRotationEnabled).toBe(false)
  })

  it('validates RotationPeriodInDays 90–2560', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    await expect(
      kms.call('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 89 }),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value '89' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90",
    })
  })

  it('on-demand rotation: immediate, keeps NextRotationDate, capped at 25', async () => {
    const t = createTestKms()
    const { kms } = t
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const id = { KeyId: key.KeyId }
    await kms.call('EnableKeyRotation', id)
    const { NextRotationDate } = await kms.call('GetKeyRotationStatus', id)
    const ct = await kms.call('Encrypt', { ...id, Plaintext: utf8('v0') })
    expect(await kms.call('RotateKeyOnDemand', id)).toEqual({ KeyId: key.Arn })
    expect((await kms.call('GetKeyRotationStatus', id)).NextRotationDate).toEqual(NextRotationDate)
    const { Rotations } = await kms.call('ListKeyRotations', id)
    expect(Rotations).toMatchObject([{ RotationType: 'ON_DEMAND', RotationDate: new Date(T0) }])
    for (let i = 1; i < 25; i++) await kms.call('RotateKeyOnDemand', id)
    await expect(kms.call('RotateKeyOnDemand', id)).rejects.toMatchObject({
      name: 'LimitExceededException',
      message: `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${key.Arn}`,
    })
    expect(text((await kms.call('Decrypt', { CiphertextBlob: ct.CiphertextBlob })).Plaintext)).toBe(
      'v0',
    )
  })

  it('ConflictException when an automatic rotation is due within 20 minutes', async () => {
    const t = createTestKms()
    const { kms } = t
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    await kms.call('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 90 })
    t.clock.now = T0 + 90 * DAY - 60_000
    await expect(kms.call('RotateKeyOnDemand', { KeyId: key.KeyId })).rejects.toMatchObject({
      name: 'ConflictException',
    })
  })
})
