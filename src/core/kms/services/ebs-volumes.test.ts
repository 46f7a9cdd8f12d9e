import { describe, expect, it } from 'vitest'
import { consoleKeyPolicyText } from '../console-key-policy.ts'
import { createTestKms, seededRandom, type TestKms } from '../testing/test-kms.ts'
import {
  createEbs,
  EC2_RETIRING_PRINCIPAL,
  ec2InfrastructureSession,
  type KmsCaller,
} from './ebs-volumes.ts'

const ROOT = 'arn:aws:iam::111122223333:root'

/** The key's audit events, oldest first, leaving out the test's own reads. */
async function eventsOf(kms: TestKms['kms'], keyArn: string) {
  const events = await kms.auditTrail({ keyArn })
  return events.reverse().filter((e) => !/^(?:Describe|List)/.test(e.eventName))
}
const EC2 = 'ec2.us-east-1.amazonaws.com'

function setup() {
  const t = createTestKms()
  /** Every call EBS made, with what it was asked to keep secret. */
  const secrets: { operation: string; secret: readonly string[] }[] = []
  const kms: KmsCaller = (operation, input, caller, options) => {
    if (options?.secret !== undefined) secrets.push({ operation, secret: options.secret })
    return t.kms.call(operation, input, caller, options)
  }
  const ebs = createEbs({
    kms,
    region: 'us-east-1',
    accountId: '111122223333',
    random: seededRandom(7),
  })
  return { ...t, ebs, secrets }
}

describe('Amazon EBS and EC2 using KMS for an encrypted volume', () => {
  it('creates a volume key under alias/aws/ebs through EC2, making the AWS managed key on first use', async () => {
    const { kms, ebs } = setup()
    const volume = await ebs.createVolume(ROOT)
    expect(volume.volumeId).toMatch(/^vol-[0-9a-f]{17}$/)
    const { KeyMetadata } = await kms.call('DescribeKey', { KeyId: 'alias/aws/ebs' })
    expect(KeyMetadata.KeyManager).toBe('AWS')
    expect(volume.keyArn).toBe(KeyMetadata.Arn)
    const [event] = await eventsOf(kms, KeyMetadata.Arn)
    expect(event).toMatchObject({
      eventName: 'GenerateDataKeyWithoutPlaintext',
      principal: ROOT,
      viaService: EC2,
      requestParameters: {
        KeyId: 'alias/aws/ebs',
        NumberOfBytes: 64,
        EncryptionContext: { 'aws:ebs:id': volume.volumeId },
      },
    })
  })

  it('attaches with a grant for the instance’s EC2 infrastructure, which then decrypts the volume key', async () => {
    const { kms, ebs, secrets } = setup()
    const volume = await ebs.createVolume(ROOT)
    const instanceId = ebs.newInstanceId()
    expect(instanceId).toMatch(/^i-[0-9a-f]{17}$/)
    const attachment = await ebs.attachVolume(ROOT, volume, instanceId)
    const grantee = ec2InfrastructureSession('111122223333', instanceId)
    expect(attachment.granteePrincipal).toBe(grantee)
    const { Grants } = await kms.call('ListGrants', { KeyId: volume.keyArn })
    expect(Grants).toEqual([
      expect.objectContaining({
        GrantId: attachment.grantId,
        GranteePrincipal: grantee,
        RetiringPrincipal: EC2_RETIRING_PRINCIPAL,
        IssuingAccount: ROOT,
        Operations: ['Decrypt'],
        Constraints: { EncryptionContextSubset: { 'aws:ebs:id': volume.volumeId } },
      }),
    ])
    const [, grant, decrypt] = await eventsOf(kms, volume.keyArn)
    expect(grant).toMatchObject({ eventName: 'CreateGrant', principal: ROOT, viaService: EC2 })
    expect(decrypt).toMatchObject({ eventName: 'Decrypt', principal: grantee })
    expect(decrypt?.errorCode).toBeUndefined()
    expect(decrypt?.viaService).toBeUndefined()
    // The volume key's plaintext is asked to be kept secret.
    expect(secrets).toEqual([{ operation: 'Decrypt', secret: ['Plaintext'] }])
  })

  it('the grant serves only its volume: another volume’s key is refused', async () => {
    const { ebs } = setup()
    const first = await ebs.createVolume(ROOT)
    const second = await ebs.createVolume(ROOT)
    const instanceId = ebs.newInstanceId()
    await ebs.attachVolume(ROOT, first, instanceId)
    await expect(ebs.loadVolumeKey(instanceId, second)).rejects.toMatchObject({
      name: 'AccessDeniedException',
    })
    await expect(ebs.loadVolumeKey(instanceId, first)).resolves.toEqual({ keyArn: first.keyArn })
  })

  it('detaching retires the grant as EC2, and the instance can no longer decrypt', async () => {
    const { kms, ebs } = setup()
    const volume = await ebs.createVolume(ROOT)
    const instanceId = ebs.newInstanceId()
    const attachment = await ebs.attachVolume(ROOT, volume, instanceId)
    await ebs.detachVolume(attachment)
    expect((await kms.call('ListGrants', { KeyId: volume.keyArn })).Grants).toEqual([])
    const retire = (await eventsOf(kms, volume.keyArn)).at(-1)
    expect(retire).toMatchObject({ eventName: 'RetireGrant', principal: EC2_RETIRING_PRINCIPAL })
    await expect(ebs.loadVolumeKey(instanceId, volume)).rejects.toMatchObject({
      name: 'AccessDeniedException',
    })
  })

  it('cannot attach a volume whose customer managed key is disabled or pending deletion', async () => {
    const { kms, ebs } = setup()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const volume = await ebs.createVolume(ROOT, key.Arn)
    const attached = await ebs.attachVolume(ROOT, volume, ebs.newInstanceId())
    await kms.call('DisableKey', { KeyId: key.KeyId })
    await expect(ebs.attachVolume(ROOT, volume, ebs.newInstanceId())).rejects.toMatchObject({
      name: 'DisabledException',
    })
    await kms.call('ScheduleKeyDeletion', { KeyId: key.KeyId, PendingWindowInDays: 7 })
    await expect(ebs.attachVolume(ROOT, volume, ebs.newInstanceId())).rejects.toMatchObject({
      name: 'KMSInvalidStateException',
    })
    // Detaching still works: RetireGrant works in every key state.
    await ebs.detachVolume(attached)
    expect((await kms.call('ListGrants', { KeyId: key.KeyId })).Grants).toEqual([])
  })

  it('makes grants for an AWS resource: a key user the console allows only those may attach, not grant directly', async () => {
    const { kms, ebs } = setup()
    const alice = (await kms.iam.createUser('alice')).arn
    const { KeyMetadata: key } = await kms.call('CreateKey', {
      // The console's key users get CreateGrant only when kms:GrantIsForAWSResource is true.
      Policy: consoleKeyPolicyText({
        accountId: '111122223333',
        keySpec: 'SYMMETRIC_DEFAULT',
        keyUsage: 'ENCRYPT_DECRYPT',
        administrators: [],
        users: [alice],
        administratorsMayDelete: false,
      }),
    })
    const volume = await ebs.createVolume(alice, key.Arn)
    const attachment = await ebs.attachVolume(alice, volume, ebs.newInstanceId())
    expect(attachment.grantId).toMatch(/^[0-9a-f]{64}$/)
    await expect(
      kms.call(
        'CreateGrant',
        { KeyId: key.Arn, GranteePrincipal: alice, Operations: ['Decrypt'] },
        alice,
      ),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' })
  })
})
