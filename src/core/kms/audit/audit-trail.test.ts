import { describe, expect, it } from 'vitest'
import { createTestKms, utf8 } from '../testing/test-kms.ts'

describe('audit trail', () => {
  it('records calls newest first, per key, without plaintext or data keys', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const { KeyMetadata: other } = await kms.call('CreateKey', {})
    await kms.call('Encrypt', {
      KeyId: key.KeyId,
      Plaintext: utf8('TOP-SECRET'),
      EncryptionContext: { app: 'x' },
    })
    const dk = await kms.call('GenerateDataKey', { KeyId: key.KeyId, NumberOfBytes: 32 })
    await kms.call('DisableKey', { KeyId: other.KeyId })
    await expect(
      kms.call('Encrypt', { KeyId: other.KeyId, Plaintext: utf8('x') }),
    ).rejects.toThrow()

    const all = await kms.auditTrail()
    expect(all.map((e) => e.eventName)).toEqual([
      'Encrypt',
      'DisableKey',
      'GenerateDataKey',
      'Encrypt',
      'CreateKey',
      'CreateKey',
    ])
    expect(all[0]).toMatchObject({
      principal: 'arn:aws:iam::111122223333:root',
      keyArns: [other.Arn],
      errorCode: 'DisabledException',
      errorMessage: `${other.Arn} is disabled.`,
    })
    const mine = await kms.auditTrail({ keyArn: key.Arn })
    expect(mine.map((e) => e.eventName)).toEqual(['GenerateDataKey', 'Encrypt', 'CreateKey'])
    expect(mine[1]?.requestParameters).toEqual({
      KeyId: key.KeyId,
      EncryptionContext: { app: 'x' },
    })
    const serialized = JSON.stringify(all)
    expect(serialized).not.toContain('TOP-SECRET')
    expect(serialized).not.toContain(btoa(String.fromCharCode(...dk.Plaintext)))
    expect(mine[0]?.responseElements).toMatchObject({
      CiphertextBlob: expect.stringMatching(/^<\d+ bytes>$/),
    })
    expect(mine[0]?.responseElements).not.toHaveProperty('Plaintext')
    expect(await kms.auditTrail({ limit: 2 })).toHaveLength(2)
  })
})

describe('GetKeyLastUsage', () => {
  it('reports the last successful cryptographic use of the key', async () => {
    const { kms, advanceDays } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    expect(await kms.call('GetKeyLastUsage', { KeyId: key.KeyId })).toEqual({
      KeyId: key.Arn,
      TrackingStartDate: key.CreationDate,
      KeyCreationDate: key.CreationDate,
    })
    advanceDays(2)
    const { CiphertextBlob } = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') })
    await kms.call('Decrypt', { CiphertextBlob })
    await kms.call('DescribeKey', { KeyId: key.KeyId })
    const usage = await kms.call('GetKeyLastUsage', { KeyId: key.KeyId })
    expect(usage.KeyLastUsage).toMatchObject({
      Operation: 'Decrypt',
      Timestamp: new Date(key.CreationDate.getTime() + 2 * 86_400_000),
    })
  })
})

describe('applyDueEvents', () => {
  it('applies due deletions and rotations without a request and records them', async () => {
    const { kms, advanceDays } = createTestKms()
    const { KeyMetadata: doomed } = await kms.call('CreateKey', {})
    const { KeyMetadata: rotating } = await kms.call('CreateKey', {})
    await kms.call('ScheduleKeyDeletion', { KeyId: doomed.KeyId, PendingWindowInDays: 7 })
    await kms.call('EnableKeyRotation', { KeyId: rotating.KeyId, RotationPeriodInDays: 90 })
    advanceDays(100)
    await kms.applyDueEvents()
    const [rotated, deleted] = await kms.auditTrail({ limit: 2 })
    expect(rotated).toMatchObject({
      eventName: 'RotateKey',
      principal: 'kms.amazonaws.com',
      keyArns: [rotating.Arn],
    })
    expect(deleted).toMatchObject({ eventName: 'DeleteKey', keyArns: [doomed.Arn] })
  })
})
