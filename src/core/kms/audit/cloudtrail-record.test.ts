import { describe, expect, it } from 'vitest'
import { createKms } from '../index.ts'
import { cloudTrailRecord } from './cloudtrail-record.ts'

describe('an audit event as a CloudTrail record', () => {
  it('names members in camelCase, keeps the encryption context as given, and leaves out a cryptographic response', async () => {
    const kms = createKms({ now: () => Date.UTC(2026, 11, 6) })
    const { KeyMetadata } = await kms.call('CreateKey', { Description: 'trail' })
    await kms.call('Encrypt', {
      KeyId: KeyMetadata.KeyId,
      Plaintext: new TextEncoder().encode('secret'),
      EncryptionContext: { Department: 'Finance' },
    })
    const [encrypt, create] = await kms.auditTrail()
    if (encrypt === undefined || create === undefined) throw new Error('two events')
    const record = cloudTrailRecord(encrypt, kms.region, kms.accountId)
    expect(record.requestParameters).toEqual({
      keyId: KeyMetadata.KeyId,
      encryptionContext: { Department: 'Finance' },
    })
    expect(record.responseElements).toBeNull()
    expect(cloudTrailRecord(create, kms.region, kms.accountId).responseElements).toMatchObject({
      keyMetadata: { aWSAccountId: '111122223333', keyId: KeyMetadata.KeyId, keyState: 'Enabled' },
    })
  })

  it('records no response for reads and for calls that answer nothing', async () => {
    const kms = createKms({ now: () => Date.UTC(2026, 11, 6) })
    const { KeyMetadata } = await kms.call('CreateKey', {})
    await kms.call('DescribeKey', { KeyId: KeyMetadata.KeyId })
    await kms.call('DisableKey', { KeyId: KeyMetadata.KeyId })
    await kms.call('ScheduleKeyDeletion', { KeyId: KeyMetadata.KeyId, PendingWindowInDays: 7 })
    const [schedule, disable, describe] = (await kms.auditTrail()).map((e) =>
      cloudTrailRecord(e, kms.region, kms.accountId),
    )
    expect(describe?.responseElements).toBeNull()
    expect(disable?.responseElements).toBeNull()
    expect(schedule?.responseElements).toMatchObject({
      keyState: 'PendingDeletion',
      pendingWindowInDays: 7,
    })
  })

  it('keeps the service a call came through, and shows it as invoked by AWS', async () => {
    const kms = createKms({ now: () => Date.UTC(2026, 11, 6) })
    const { KeyMetadata } = await kms.call('CreateKey', {})
    const ec2 = 'ec2.us-east-1.amazonaws.com'
    await kms.call(
      'CreateGrant',
      { KeyId: KeyMetadata.KeyId, GranteePrincipal: kms.rootArn, Operations: ['Decrypt'] },
      undefined,
      { viaService: ec2 },
    )
    await expect(
      kms.call('DisableKey', { KeyId: 'no-such-key' }, undefined, { viaService: ec2 }),
    ).rejects.toMatchObject({ name: 'NotFoundException' })
    const [failed, grant, create] = await kms.auditTrail()
    expect(grant).toMatchObject({ eventName: 'CreateGrant', viaService: ec2 })
    expect(failed).toMatchObject({ errorCode: 'NotFoundException', viaService: ec2 })
    expect(create?.viaService).toBeUndefined()
    if (grant === undefined || create === undefined) throw new Error('three events')
    expect(cloudTrailRecord(grant, kms.region, kms.accountId).userIdentity).toEqual({
      type: 'Root',
      arn: kms.rootArn,
      accountId: kms.accountId,
      invokedBy: 'AWS Internal',
    })
    expect(cloudTrailRecord(create, kms.region, kms.accountId).userIdentity).not.toHaveProperty(
      'invokedBy',
    )
  })
})
