import { describe, expect, it } from 'vitest'
import { createTestKms, T0, utf8 } from '../testing/test-kms.ts'

describe('CreateKey and DescribeKey', () => {
  it('creates an Enabled symmetric key with the AWS metadata fields', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata } = await kms.call('CreateKey', {})
    expect(KeyMetadata).toEqual({
      AWSAccountId: '111122223333',
      KeyId: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      Arn: `arn:aws:kms:us-east-1:111122223333:key/${KeyMetadata.KeyId}`,
      CreationDate: new Date(T0),
      Enabled: true,
      Description: '',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
      CurrentKeyMaterialId: expect.stringMatching(/^[a-f0-9]{64}$/),
    })
    const described = await kms.call('DescribeKey', { KeyId: KeyMetadata.Arn })
    expect(described.KeyMetadata).toEqual(KeyMetadata)
  })

  it('applies the default key policy', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata } = await kms.call('CreateKey', {})
    const { Policy, PolicyName } = await kms.call('GetKeyPolicy', { KeyId: KeyMetadata.KeyId })
    expect(PolicyName).toBe('default')
    expect(JSON.parse(Policy)).toEqual({
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    })
  })

  it('validates KeyUsage against KeySpec and refuses what WebCrypto cannot do', async () => {
    const { kms } = createTestKms()
    await expect(kms.call('CreateKey', { KeySpec: 'RSA_2048' })).rejects.toMatchObject({
      name: 'ValidationException',
      message:
        'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
    })
    await expect(
      kms.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'KEY_AGREEMENT' }),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'KeyUsage KEY_AGREEMENT is not compatible with KeySpec RSA_2048',
    })
    for (const KeySpec of [
      'ECC_SECG_P256K1',
      'SM2',
      'ML_DSA_44',
      'ECC_NIST_EDWARDS25519',
    ] as const) {
      await expect(
        kms.call('CreateKey', { KeySpec, KeyUsage: 'SIGN_VERIFY' }),
      ).rejects.toMatchObject({
        name: 'UnsupportedOperationException',
        message: expect.stringContaining(`KeyDeck simulator does not support key spec ${KeySpec}`),
      })
    }
    await expect(
      kms.call('CreateKey', { KeySpec: 'HMAC_224', KeyUsage: 'GENERATE_VERIFY_MAC' }),
    ).rejects.toMatchObject({ name: 'UnsupportedOperationException' })
    const res = await kms.handle('TrentService.CreateKey', '{"KeyUsage":"RANDOM"}')
    expect(JSON.parse(res.body).message).toBe(
      "1 validation error detected: Value 'RANDOM' at 'keyUsage' failed to satisfy constraint: Member must satisfy enum value set: [SIGN_VERIFY, ENCRYPT_DECRYPT, GENERATE_VERIFY_MAC, KEY_AGREEMENT]",
    )
  })

  it('NotFoundException texts for unknown keys, ids and aliases', async () => {
    const { kms } = createTestKms()
    const missing = '11111111-2222-4333-8444-555555555555'
    await expect(kms.call('DescribeKey', { KeyId: missing })).rejects.toMatchObject({
      name: 'NotFoundException',
      message: `Key 'arn:aws:kms:us-east-1:111122223333:key/${missing}' does not exist`,
    })
    await expect(kms.call('DescribeKey', { KeyId: 'fake-key-id' })).rejects.toMatchObject({
      name: 'NotFoundException',
      message: "Invalid keyId 'fake-key-id'",
    })
    await expect(kms.call('DescribeKey', { KeyId: 'alias/nope' })).rejects.toMatchObject({
      name: 'NotFoundException',
      message: 'Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.',
    })
  })

  it('UpdateKeyDescription changes the description', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata } = await kms.call('CreateKey', {})
    await kms.call('UpdateKeyDescription', { KeyId: KeyMetadata.KeyId, Description: 'new' })
    const { KeyMetadata: after } = await kms.call('DescribeKey', { KeyId: KeyMetadata.KeyId })
    expect(after.Description).toBe('new')
  })
})

describe('key states', () => {
  it('Disabled keys refuse cryptography with DisabledException and come back with EnableKey', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const { CiphertextBlob } = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') })
    await kms.call('DisableKey', { KeyId: key.KeyId })
    await kms.call('DisableKey', { KeyId: key.KeyId })
    const { KeyMetadata: disabled } = await kms.call('DescribeKey', { KeyId: key.KeyId })
    expect(disabled).toMatchObject({ KeyState: 'Disabled', Enabled: false })
    const error = { name: 'DisabledException', message: `${key.Arn} is disabled.` }
    await expect(
      kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') }),
    ).rejects.toMatchObject(error)
    await expect(kms.call('Decrypt', { CiphertextBlob })).rejects.toMatchObject(error)
    await expect(
      kms.call('GenerateDataKey', { KeyId: key.KeyId, NumberOfBytes: 32 }),
    ).rejects.toMatchObject(error)
    await expect(kms.call('EnableKeyRotation', { KeyId: key.KeyId })).rejects.toMatchObject(error)
    await kms.call('TagResource', { KeyId: key.KeyId, Tags: [{ TagKey: 'a', TagValue: 'b' }] })
    await kms.call('CreateAlias', { AliasName: 'alias/off', TargetKeyId: key.KeyId })
    await kms.call('GetKeyRotationStatus', { KeyId: key.KeyId })
    await kms.call('EnableKey', { KeyId: key.KeyId })
    await kms.call('Decrypt', { CiphertextBlob })
  })

  it('PendingDeletion: the AWS key-state matrix, then Cancel leaves the key Disabled', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const { CiphertextBlob } = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') })
    const scheduled = await kms.call('ScheduleKeyDeletion', {
      KeyId: key.KeyId,
      PendingWindowInDays: 7,
    })
    expect(scheduled).toEqual({
      KeyId: key.Arn,
      DeletionDate: new Date(T0 + 7 * 86_400_000),
      KeyState: 'PendingDeletion',
      PendingWindowInDays: 7,
    })
    const pending = { name: 'KMSInvalidStateException', message: `${key.Arn} is pending deletion.` }
    const id = { KeyId: key.KeyId }
    await expect(kms.call('Encrypt', { ...id, Plaintext: utf8('x') })).rejects.toMatchObject(
      pending,
    )
    await expect(kms.call('Decrypt', { CiphertextBlob })).rejects.toMatchObject(pending)
    await expect(kms.call('EnableKey', id)).rejects.toMatchObject(pending)
    await expect(kms.call('DisableKey', id)).rejects.toMatchObject(pending)
    await expect(kms.call('ScheduleKeyDeletion', id)).rejects.toMatchObject(pending)
    await expect(
      kms.call('UpdateKeyDescription', { ...id, Description: '' }),
    ).rejects.toMatchObject(pending)
    await expect(kms.call('TagResource', { ...id, Tags: [] })).rejects.toMatchObject(pending)
    await expect(kms.call('UntagResource', { ...id, TagKeys: [] })).rejects.toMatchObject(pending)
    await expect(
      kms.call('CreateAlias', { AliasName: 'alias/x', TargetKeyId: key.KeyId }),
    ).rejects.toMatchObject(pending)
    await expect(kms.call('EnableKeyRotation', id)).rejects.toMatchObject(pending)
    await expect(kms.call('RotateKeyOnDemand', id)).rejects.toMatchObject(pending)
    const { KeyMetadata: described } = await kms.call('DescribeKey', id)
    expect(described).toMatchObject({ KeyState: 'PendingDeletion', Enabled: false })
    expect(described.DeletionDate).toEqual(scheduled.DeletionDate)
    await kms.call('GetKeyPolicy', id)
    await kms.call('ListResourceTags', id)
    expect(await kms.call('CancelKeyDeletion', id)).toEqual({ KeyId: key.Arn })
    const { KeyMetadata: cancelled } = await kms.call('DescribeKey', id)
    expect(cancelled.KeyState).toBe('Disabled')
    expect(cancelled.DeletionDate).toBeUndefined()
    await expect(kms.call('CancelKeyDeletion', id)).rejects.toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${key.Arn} is not pending deletion.`,
    })
  })

  it('validates the waiting period 7–30', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    await expect(
      kms.call('ScheduleKeyDeletion', { KeyId: key.KeyId, PendingWindowInDays: 6 }),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value '6' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 7",
    })
    const { DeletionDate } = await kms.call('ScheduleKeyDeletion', { KeyId: key.KeyId })
    expect(DeletionDate).toEqual(new Date(T0 + 30 * 86_400_000))
  })

  it('deletes the key and its aliases lazily once the window has passed', async () => {
    const t = createTestKms()
    const { kms } = t
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    await kms.call('CreateAlias', { AliasName: 'alias/doomed', TargetKeyId: key.KeyId })
    const { CiphertextBlob } = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') })
    await kms.call('ScheduleKeyDeletion', { KeyId: key.KeyId, PendingWindowInDays: 7 })
    t.advanceDays(7)
    t.clock.now -= 1
    await kms.call('DescribeKey', { KeyId: key.KeyId })
    t.clock.now += 1
    await expect(kms.call('DescribeKey', { KeyId: key.KeyId })).rejects.toMatchObject({
      name: 'NotFoundException',
      message: `Key '${key.Arn}' does not exist`,
    })
    await expect(kms.call('DescribeKey', { KeyId: 'alias/doomed' })).rejects.toMatchObject({
      name: 'NotFoundException',
    })
    await expect(kms.call('Decrypt', { CiphertextBlob })).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message:
        'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    })
    const trail = await kms.auditTrail({ keyArn: key.Arn })
    expect(trail.some((e) => e.eventName === 'DeleteKey')).toBe(true)
  })
})
