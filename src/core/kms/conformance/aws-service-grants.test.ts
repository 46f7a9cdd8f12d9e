// The grants an AWS service makes, through the real AWS SDK: Amazon EC2 attaching an encrypted
// EBS volume. EC2's own calls on the user's behalf (GenerateDataKeyWithoutPlaintext and
// CreateGrant through ec2.<region>.amazonaws.com) are typed calls with `viaService`, which the
// wire cannot carry; what KMS then decides for the grant's grantee and its retiring principal,
// and the state errors an attach meets, go through the SDK as those principals.
// https://docs.aws.amazon.com/kms/latest/developerguide/ct-ec2two.html
// https://docs.aws.amazon.com/kms/latest/developerguide/determining-access-grants.html
import { DisabledException, KMSInvalidStateException } from '@aws-sdk/client-kms'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  createEbs,
  EC2_RETIRING_PRINCIPAL,
  ec2InfrastructureSession,
  type Ebs,
  type EncryptedVolume,
} from '../index.ts'
import { seededRandom } from '../testing/test-kms.ts'
import {
  ACCOUNT,
  ROOT,
  createSim,
  createSymmetricKey,
  expectKmsError,
  type Sim,
} from './harness.ts'

const OTHER_ROOT = 'arn:aws:iam::444455556666:root'

describe('the grants Amazon EC2 makes for an encrypted EBS volume', () => {
  let sim: Sim
  let ebs: Ebs

  beforeEach(() => {
    sim = createSim()
    ebs = createEbs({
      kms: (operation, input, caller, options) => sim.kms.call(operation, input, caller, options),
      region: sim.kms.region,
      accountId: ACCOUNT,
      random: seededRandom(3),
    })
  })

  /** The instance's EC2 infrastructure decrypting a volume's key, over the wire. */
  const decryptAs = (instanceId: string, volume: EncryptedVolume) =>
    sim.as(ec2InfrastructureSession(ACCOUNT, instanceId)).decrypt({
      CiphertextBlob: Buffer.from(volume.encryptedVolumeKey, 'base64'),
      EncryptionContext: { 'aws:ebs:id': volume.volumeId },
    })

  it('lets the instance’s EC2 infrastructure decrypt its volume’s key, and no other volume’s', async () => {
    const keyId = await createSymmetricKey(sim.sdk)
    const volume = await ebs.createVolume(ROOT, keyId)
    const other = await ebs.createVolume(ROOT, keyId)
    const instanceId = ebs.newInstanceId()
    const attachment = await ebs.attachVolume(ROOT, volume, instanceId)

    const { Grants } = await sim.sdk.listGrants({ KeyId: keyId })
    expect(Grants).toEqual([
      expect.objectContaining({
        GrantId: attachment.grantId,
        GranteePrincipal: `arn:aws:sts::${ACCOUNT}:assumed-role/aws:ec2-infrastructure/${instanceId}`,
        RetiringPrincipal: EC2_RETIRING_PRINCIPAL,
        IssuingAccount: ROOT,
        Operations: ['Decrypt'],
        Constraints: { EncryptionContextSubset: { 'aws:ebs:id': volume.volumeId } },
      }),
    ])
    const out = await decryptAs(instanceId, volume)
    expect(out.Plaintext).toHaveLength(64)
    expect(out.KeyId).toBe(volume.keyArn)
    // The grant's EncryptionContextSubset names one volume: the other volume's key is refused.
    await expectKmsError(decryptAs(instanceId, other), 'AccessDeniedException')
    // Another instance has no grant at all.
    await expectKmsError(decryptAs(ebs.newInstanceId(), volume), 'AccessDeniedException')
  })

  it('is retired by EC2, its retiring principal, and by no one else but the key’s account', async () => {
    const keyId = await createSymmetricKey(sim.sdk)
    const volume = await ebs.createVolume(ROOT, keyId)
    const instanceId = ebs.newInstanceId()
    const { grantId } = await ebs.attachVolume(ROOT, volume, instanceId)

    const retire = { KeyId: volume.keyArn, GrantId: grantId }
    await expectKmsError(sim.as(OTHER_ROOT).retireGrant(retire), 'AccessDeniedException')
    // Even its grantee: the grant does not allow RetireGrant.
    await expectKmsError(
      sim.as(ec2InfrastructureSession(ACCOUNT, instanceId)).retireGrant(retire),
      'AccessDeniedException',
    )
    const { Grants } = await sim
      .as(ROOT)
      .listRetirableGrants({ RetiringPrincipal: EC2_RETIRING_PRINCIPAL })
    expect(Grants?.map((g) => g.GrantId)).toEqual([grantId])
    await sim.as(EC2_RETIRING_PRINCIPAL).retireGrant(retire)
    expect((await sim.sdk.listGrants({ KeyId: keyId })).Grants).toEqual([])
    await expectKmsError(decryptAs(instanceId, volume), 'AccessDeniedException')
  })

  it('refuses the attach grant on a disabled key or one pending deletion, and still retires', async () => {
    const keyId = await createSymmetricKey(sim.sdk)
    const volume = await ebs.createVolume(ROOT, keyId)
    const attached = await ebs.attachVolume(ROOT, volume, ebs.newInstanceId())
    const grant = {
      KeyId: keyId,
      GranteePrincipal: ec2InfrastructureSession(ACCOUNT, ebs.newInstanceId()),
      RetiringPrincipal: EC2_RETIRING_PRINCIPAL,
      Operations: ['Decrypt' as const],
      Constraints: { EncryptionContextSubset: { 'aws:ebs:id': volume.volumeId } },
    }
    await sim.sdk.disableKey({ KeyId: keyId })
    await expectKmsError(sim.sdk.createGrant(grant), DisabledException)
    await sim.sdk.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    await expectKmsError(sim.sdk.createGrant(grant), KMSInvalidStateException)
    await sim
      .as(EC2_RETIRING_PRINCIPAL)
      .retireGrant({ KeyId: volume.keyArn, GrantId: attached.grantId })
    expect((await sim.sdk.listGrants({ KeyId: keyId })).Grants).toEqual([])
  })

  it('uses aws/ebs only through EC2: the same request made directly is denied', async () => {
    const volume = await ebs.createVolume(ROOT)
    await expectKmsError(
      sim.sdk.generateDataKeyWithoutPlaintext({
        KeyId: 'alias/aws/ebs',
        NumberOfBytes: 64,
        EncryptionContext: { 'aws:ebs:id': volume.volumeId },
      }),
      'AccessDeniedException',
    )
    // The grant EC2 made lets the instance decrypt although the key policy allows only EC2.
    const instanceId = ebs.newInstanceId()
    await ebs.attachVolume(ROOT, volume, instanceId)
    expect((await decryptAs(instanceId, volume)).KeyId).toBe(volume.keyArn)
  })
})
