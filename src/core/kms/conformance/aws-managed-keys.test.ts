// AWS managed keys: created on first use of their predefined alias, owned and rotated by AWS.
// https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key
// https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html ("creates the key")
import { NotFoundException, UnsupportedOperationException } from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  DAY_MS,
  ROOT,
  T0,
  aliasArn,
  createSim,
  expectKmsError,
  keyArn,
  type Sim,
} from './harness.ts'

/** What the simulator answers the root for a key action the AWS managed key policy does not allow. */
const notAllowed = (action: string, keyId: string): string =>
  `User: ${ROOT} is not authorized to perform: ${action} on resource: ${keyArn(keyId)} because no resource-based policy allows the ${action} action`

describe('AWS managed keys', () => {
  let sim: Sim
  let keyId: string

  beforeAll(async () => {
    sim = createSim()
  })

  it('lists the predefined alias before the key exists, without a target', async () => {
    const aliases = (await sim.sdk.listAliases({ Limit: 100 })).Aliases ?? []
    const s3 = aliases.find((a) => a.AliasName === 'alias/aws/s3')
    expect(s3).toEqual({ AliasName: 'alias/aws/s3', AliasArn: aliasArn('alias/aws/s3') })
    expect((await sim.sdk.listKeys({})).Keys).toEqual([])
  })

  it('DescribeKey on alias/aws/s3 creates the key', async () => {
    const out = await sim.sdk.describeKey({ KeyId: 'alias/aws/s3' })
    const meta = out.KeyMetadata!
    keyId = meta.KeyId!
    expect(meta).toMatchObject({
      Arn: keyArn(keyId),
      KeyManager: 'AWS',
      KeyState: 'Enabled',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      Origin: 'AWS_KMS',
    })
    expect(meta.CreationDate).toEqual(new Date(T0))
    const keys = (await sim.sdk.listKeys({})).Keys
    expect(keys).toEqual([{ KeyId: keyId, KeyArn: keyArn(keyId) }])
  })

  it('returns the same key on later use', async () => {
    const again = await sim.sdk.describeKey({ KeyId: aliasArn('alias/aws/s3') })
    expect(again.KeyMetadata?.KeyId).toBe(keyId)
    const alias = (await sim.sdk.listAliases({ KeyId: keyId })).Aliases
    expect(alias?.map((a) => [a.AliasName, a.TargetKeyId])).toEqual([['alias/aws/s3', keyId]])
    expect((await sim.sdk.listKeys({})).Keys).toHaveLength(1)
  })

  it('always reports rotation enabled, yearly', async () => {
    const status = await sim.sdk.getKeyRotationStatus({ KeyId: keyId })
    expect(status.KeyRotationEnabled).toBe(true)
    expect(status.NextRotationDate).toEqual(new Date(T0 + 365 * DAY_MS))
  })

  it('refuses changes to rotation', async () => {
    const message = `${keyArn(keyId)} is an AWS managed key. AWS rotates it every year; you cannot change its rotation.`
    await expectKmsError(
      sim.sdk.disableKeyRotation({ KeyId: keyId }),
      UnsupportedOperationException,
      message,
    )
    await expectKmsError(
      sim.sdk.enableKeyRotation({ KeyId: keyId, RotationPeriodInDays: 90 }),
      UnsupportedOperationException,
      message,
    )
    await expectKmsError(
      sim.sdk.rotateKeyOnDemand({ KeyId: keyId }),
      UnsupportedOperationException,
      message,
    )
    const status = await sim.sdk.getKeyRotationStatus({ KeyId: keyId })
    expect(status).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 365 })
  })

  it('refuses customer management of the key itself', async () => {
    await expectKmsError(
      sim.sdk.disableKey({ KeyId: keyId }),
      'AccessDeniedException',
      notAllowed('kms:DisableKey', keyId),
    )
    await expectKmsError(
      sim.sdk.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 }),
      'AccessDeniedException',
      notAllowed('kms:ScheduleKeyDeletion', keyId),
    )
    await expectKmsError(
      sim.sdk.tagResource({ KeyId: keyId, Tags: [{ TagKey: 'a', TagValue: 'b' }] }),
      'AccessDeniedException',
      notAllowed('kms:TagResource', keyId),
    )
    const policy = await sim.sdk.getKeyPolicy({ KeyId: keyId })
    await expectKmsError(
      sim.sdk.putKeyPolicy({ KeyId: keyId, Policy: policy.Policy! }),
      UnsupportedOperationException,
      `${keyArn(keyId)} is an AWS managed key. Its key policy is controlled by AWS and cannot be changed.`,
    )
    await expectKmsError(
      sim.sdk.deleteAlias({ AliasName: 'alias/aws/s3' }),
      'NotAuthorizedException',
      'Alias names that begin with alias/aws/ are reserved for AWS managed keys.',
    )
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
    expect(meta?.KeyState).toBe('Enabled')
  })

  it('may be used only through the AWS service (kms:ViaService), not directly', async () => {
    const error = await expectKmsError(
      sim.sdk.encrypt({ KeyId: 'alias/aws/s3', Plaintext: new Uint8Array([1]) }),
      'AccessDeniedException',
    )
    expect(error.message).toContain('kms:Encrypt')
  })

  it('does not invent keys for aliases that are not predefined', async () => {
    await expectKmsError(sim.sdk.describeKey({ KeyId: 'alias/s3' }), NotFoundException)
    // Only the predefined alias/aws/<service> aliases exist before first use; a made-up service
    // name is an unknown alias like any other.
    await expectKmsError(
      sim.sdk.describeKey({ KeyId: 'alias/aws/no-such-service' }),
      NotFoundException,
      `Alias ${aliasArn('alias/aws/no-such-service')} is not found.`,
    )
  })

  it('creates a separate key per service', async () => {
    const ebs = await sim.sdk.describeKey({ KeyId: 'alias/aws/ebs' })
    expect(ebs.KeyMetadata?.KeyId).not.toBe(keyId)
    expect(ebs.KeyMetadata?.KeyManager).toBe('AWS')
  })
})
