import { describe, expect, it } from 'vitest'
import { createTestKms, T0, text, utf8 } from '../testing/test-kms.ts'

describe('aliases', () => {
  it('CreateAlias, use by name and ARN, UpdateAlias, DeleteAlias', async () => {
    const t = createTestKms()
    const { kms } = t
    const { KeyMetadata: a } = await kms.call('CreateKey', {})
    const { KeyMetadata: b } = await kms.call('CreateKey', {})
    await kms.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: a.Arn })
    const aliasArn = 'arn:aws:kms:us-east-1:111122223333:alias/app'
    expect((await kms.call('DescribeKey', { KeyId: aliasArn })).KeyMetadata.KeyId).toBe(a.KeyId)
    const { CiphertextBlob } = await kms.call('Encrypt', {
      KeyId: 'alias/app',
      Plaintext: utf8('v'),
    })
    t.advanceDays(1)
    await kms.call('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: b.KeyId })
    const { Aliases } = await kms.call('ListAliases', { KeyId: b.KeyId })
    expect(Aliases).toEqual([
      {
        AliasName: 'alias/app',
        AliasArn: aliasArn,
        TargetKeyId: b.KeyId,
        CreationDate: new Date(T0),
        LastUpdatedDate: new Date(T0 + 86_400_000),
      },
    ])
    // Old ciphertext still names key a, whatever the alias points at now.
    expect(text((await kms.call('Decrypt', { CiphertextBlob })).Plaintext)).toBe('v')
    await kms.call('DeleteAlias', { AliasName: 'alias/app' })
    await expect(kms.call('DeleteAlias', { AliasName: 'alias/app' })).rejects.toMatchObject({
      name: 'NotFoundException',
      message: `Alias ${aliasArn} is not found.`,
    })
  })

  it('enforces names, uniqueness, reserved prefix and management-only key ids', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    await expect(
      kms.call('CreateAlias', { AliasName: 'app', TargetKeyId: key.KeyId }),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message:
        'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    })
    await expect(
      kms.call('CreateAlias', { AliasName: 'alias/aws/mine', TargetKeyId: key.KeyId }),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' })
    await expect(
      kms.call('CreateAlias', { AliasName: 'alias/a b', TargetKeyId: key.KeyId }),
    ).rejects.toMatchObject({ name: 'ValidationException' })
    await kms.call('CreateAlias', { AliasName: 'alias/x', TargetKeyId: key.KeyId })
    await expect(
      kms.call('CreateAlias', { AliasName: 'alias/x', TargetKeyId: key.KeyId }),
    ).rejects.toMatchObject({
      name: 'AlreadyExistsException',
      message: 'An alias with the name arn:aws:kms:us-east-1:111122223333:alias/x already exists',
    })
    await expect(
      kms.call('CreateAlias', { AliasName: 'alias/y', TargetKeyId: 'alias/x' }),
    ).rejects.toMatchObject({
      name: 'NotFoundException',
    })
    await expect(kms.call('EnableKey', { KeyId: 'alias/x' })).rejects.toMatchObject({
      name: 'NotFoundException',
      message: "Invalid keyId 'alias/x'",
    })
  })

  it('UpdateAlias: same key type only; may leave, but not join, a key pending deletion', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: a } = await kms.call('CreateKey', {})
    const { KeyMetadata: b } = await kms.call('CreateKey', {})
    const { KeyMetadata: hmac } = await kms.call('CreateKey', {
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    })
    await kms.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: a.KeyId })
    await expect(
      kms.call('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: hmac.KeyId }),
    ).rejects.toMatchObject({
      name: 'ValidationException',
    })
    await kms.call('ScheduleKeyDeletion', { KeyId: b.KeyId })
    await expect(
      kms.call('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: b.KeyId }),
    ).rejects.toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${b.Arn} is pending deletion.`,
    })
    await kms.call('CancelKeyDeletion', { KeyId: b.KeyId })
    await kms.call('ScheduleKeyDeletion', { KeyId: a.KeyId })
    await kms.call('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: b.KeyId })
  })

  it('at most 50 aliases per key', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    for (let i = 0; i < 50; i++)
      await kms.call('CreateAlias', { AliasName: `alias/a${i}`, TargetKeyId: key.KeyId })
    await expect(
      kms.call('CreateAlias', { AliasName: 'alias/one-more', TargetKeyId: key.KeyId }),
    ).rejects.toMatchObject({
      name: 'LimitExceededException',
    })
  })
})
