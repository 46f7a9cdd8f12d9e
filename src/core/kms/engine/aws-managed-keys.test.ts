import { describe, expect, it } from 'vitest'
import { createTestKms, T0, utf8 } from '../testing/test-kms.ts'

describe('AWS managed keys', () => {
  it('are created on first use of alias/aws/<service>, once', async () => {
    const { kms } = createTestKms()
    const listed = await kms.call('ListAliases', {})
    expect(listed.Aliases.find((a) => a.AliasName === 'alias/aws/s3')).toEqual({
      AliasName: 'alias/aws/s3',
      AliasArn: 'arn:aws:kms:us-east-1:111122223333:alias/aws/s3',
    })
    const { KeyMetadata } = await kms.call('DescribeKey', { KeyId: 'alias/aws/s3' })
    expect(KeyMetadata).toMatchObject({
      KeyManager: 'AWS',
      KeyState: 'Enabled',
      Description: 'Default key that protects my s3 data when no other key is defined',
      CreationDate: new Date(T0),
    })
    const again = await kms.call('DescribeKey', {
      KeyId: 'arn:aws:kms:us-east-1:111122223333:alias/aws/s3',
    })
    expect(again.KeyMetadata.KeyId).toBe(KeyMetadata.KeyId)
    expect((await kms.call('ListKeys', {})).Keys).toHaveLength(1)
    const { KeyMetadata: other } = await kms.call('DescribeKey', { KeyId: 'alias/aws/ebs' })
    expect(other.KeyId).not.toBe(KeyMetadata.KeyId)
    // Only predefined service aliases exist; any other alias/aws/ name is unknown.
    await expect(kms.call('DescribeKey', { KeyId: 'alias/aws/my-app' })).rejects.toMatchObject({
      name: 'NotFoundException',
    })
  })

  it('rotate yearly and customers cannot change that, the policy, tags, state or deletion', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('DescribeKey', { KeyId: 'alias/aws/ebs' })
    const id = { KeyId: key.KeyId }
    expect(await kms.call('GetKeyRotationStatus', id)).toMatchObject({
      KeyRotationEnabled: true,
      RotationPeriodInDays: 365,
      NextRotationDate: new Date(T0 + 365 * 86_400_000),
    })
    for (const call of [
      kms.call('EnableKeyRotation', id),
      kms.call('DisableKeyRotation', id),
      kms.call('RotateKeyOnDemand', id),
      kms.call('PutKeyPolicy', { ...id, Policy: '{"Statement":[]}' }),
    ]) {
      await expect(call).rejects.toMatchObject({ name: 'UnsupportedOperationException' })
    }
    for (const call of [
      kms.call('DisableKey', id),
      kms.call('ScheduleKeyDeletion', id),
      kms.call('TagResource', { ...id, Tags: [{ TagKey: 'a', TagValue: 'b' }] }),
      kms.call('CreateAlias', { AliasName: 'alias/mine', TargetKeyId: key.KeyId }),
    ]) {
      await expect(call).rejects.toMatchObject({ name: 'AccessDeniedException' })
    }
    await expect(kms.call('DeleteAlias', { AliasName: 'alias/aws/ebs' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    })
  })

  it('can be used only through the service (kms:ViaService), as its key policy says', async () => {
    const { kms } = createTestKms()
    await expect(
      kms.call('Encrypt', { KeyId: 'alias/aws/s3', Plaintext: utf8('x') }),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
    })
    const via = { viaService: 's3.us-east-1.amazonaws.com' }
    const { CiphertextBlob } = await kms.call(
      'Encrypt',
      { KeyId: 'alias/aws/s3', Plaintext: utf8('x') },
      undefined,
      via,
    )
    const out = await kms.call('Decrypt', { CiphertextBlob }, undefined, via)
    expect(out.Plaintext).toEqual(utf8('x'))
  })

  it('aws/ebs is used through Amazon EC2, and its account may revoke the grants EC2 made', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('DescribeKey', { KeyId: 'alias/aws/ebs' })
    const { Policy } = await kms.call('GetKeyPolicy', { KeyId: key.KeyId })
    const policy = JSON.parse(Policy) as {
      Id: string
      Statement: { Sid: string; Action: string[]; Condition?: unknown }[]
    }
    expect(policy.Id).toBe('auto-ebs-2')
    expect(policy.Statement[0]).toMatchObject({
      Sid: 'Allow access through EBS for all principals in the account that are authorized to use EBS',
      Condition: {
        StringEquals: {
          'kms:CallerAccount': '111122223333',
          'kms:ViaService': 'ec2.us-east-1.amazonaws.com',
        },
      },
    })
    expect(policy.Statement[1]?.Action).toEqual([
      'kms:Describe*',
      'kms:Get*',
      'kms:List*',
      'kms:RevokeGrant',
    ])
    const ec2 = { viaService: 'ec2.us-east-1.amazonaws.com' }
    const input = { KeyId: 'alias/aws/ebs', NumberOfBytes: 64 }
    await expect(
      kms.call('GenerateDataKeyWithoutPlaintext', input, undefined, ec2),
    ).resolves.toMatchObject({ KeyId: key.Arn })
    await expect(
      kms.call('GenerateDataKeyWithoutPlaintext', input, undefined, {
        viaService: 'ebs.us-east-1.amazonaws.com',
      }),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' })
  })

  it('says which condition of its key policy a direct call failed', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('DescribeKey', { KeyId: 'alias/aws/s3' })
    const root = 'arn:aws:iam::111122223333:root'
    const sid =
      'Allow access through s3 for all principals in the account that are authorized to use s3'
    await expect(
      kms.call('Encrypt', { KeyId: 'alias/aws/s3', Plaintext: utf8('x') }),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
      // AWS's wording, unchanged: it names no statement or condition.
      message: `User: ${root} is not authorized to perform: kms:Encrypt on resource: ${key.Arn} because no resource-based policy allows the kms:Encrypt action`,
      decision: {
        effect: 'Deny',
        kind: 'implicit',
        policy: 'none',
        missing: 'key-policy-allow',
        identityPolicyAllows: false,
        conditionsUnmet: [
          {
            statement: { index: 0, sid },
            // kms:CallerAccount holds: only kms:ViaService is named.
            unmet: [
              {
                operator: 'StringEquals',
                key: 'kms:ViaService',
                values: ['s3.us-east-1.amazonaws.com'],
                requestValues: [],
              },
            ],
          },
        ],
      },
      explanation:
        `key policy statement '${sid}' allows kms:Encrypt only when kms:ViaService is ` +
        's3.us-east-1.amazonaws.com: this call did not come through that service; no other ' +
        `statement in the key policy allows ${root} to perform kms:Encrypt, and the key policy ` +
        'does not delegate to IAM through the account root principal',
    })
  })
})
