/**
 * Amazon EBS and Amazon EC2 as they use KMS for an encrypted volume: the AWS service that creates,
 * uses and retires grants, played through the simulator's public calls, as a client of KMS (it
 * reaches no store or engine). Every call is a real request, in the audit trail with its caller
 * and the service it came through:
 *
 * - Creating a volume: EBS, on the user's behalf (the user is the caller, through
 *   `ec2.<region>.amazonaws.com`), asks GenerateDataKeyWithoutPlaintext for a 512-bit volume key
 *   (AES-256-XTS takes two 256-bit keys) under the chosen key, `alias/aws/ebs` unless the user
 *   names one (the AWS managed key is created on that first use), with the encryption context
 *   `{"aws:ebs:id": "vol-…"}`, and keeps the encrypted key with the volume.
 * - Attaching it: EC2, on the user's behalf, creates a grant (CreateGrant through EC2, so one
 *   for an AWS resource: kms:GrantIsForAWSResource) that lets the instance's EC2 infrastructure,
 *   `arn:aws:sts::<account>:assumed-role/aws:ec2-infrastructure/i-…`, Decrypt under that key only
 *   for this volume (EncryptionContextSubset `aws:ebs:id`); then that grantee decrypts the volume
 *   key, which goes to the Nitro hardware: here it is zeroed at once, never returned or kept.
 * - Detaching it: EC2 retires the grant as its retiring principal.
 *
 * Time and randomness come in (the ids); nothing else is kept: a volume and an attachment are
 * plain values the caller holds.
 * @see https://docs.aws.amazon.com/ebs/latest/userguide/how-ebs-encryption-works.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/ct-ec2two.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 */
import { encodeBase64, decodeBase64 } from '../../bytes/base64.ts'
import type { CallOptions } from '../engine/kms-engine.ts'
import { toHex, type RandomSource } from '../ids.ts'
import type { OperationInput, OperationName, OperationOutput } from '../operations/registry.ts'

/** How a service's call is made: `options.viaService` the service, `secret` what not to show. */
export interface ServiceCallOptions extends CallOptions {
  /** Response members the caller must neither show nor keep (the volume key's plaintext). */
  readonly secret?: readonly string[]
}

/** A KMS call as a principal: `kms.call`, or a scenario's recorded call. */
export type KmsCaller = <N extends OperationName>(
  operation: N,
  input: OperationInput<N>,
  caller: string,
  options?: ServiceCallOptions,
) => Promise<OperationOutput<N>>

/** The key EBS uses when the user names none: the AWS managed key for EBS. */
export const EBS_DEFAULT_KEY = 'alias/aws/ebs'
/** The encryption context key EBS binds a volume key to. */
export const EBS_CONTEXT_KEY = 'aws:ebs:id'
/** AES-256-XTS takes two 256-bit keys; AWS's EC2 example asks for NumberOfBytes 64. */
export const VOLUME_KEY_BYTES = 64
/**
 * The principal that may retire the grants EC2 makes. AWS does not publish EC2's own account;
 * this is the retiring principal of its documented example grant
 * (https://docs.aws.amazon.com/kms/latest/developerguide/determining-access-grants.html).
 */
export const EC2_RETIRING_PRINCIPAL = 'arn:aws:iam::123456789012:root'

/** An encrypted volume as EBS keeps it: its id, its key, the encrypted volume key (base64). */
export interface EncryptedVolume {
  readonly volumeId: string
  readonly keyArn: string
  readonly encryptedVolumeKey: string
}

/** A volume attached to an instance: the grant EC2 made for it, retired on detach. */
export interface VolumeAttachment {
  readonly volumeId: string
  readonly instanceId: string
  readonly keyArn: string
  readonly grantId: string
  readonly granteePrincipal: string
}

/** `ec2.us-east-1.amazonaws.com`: the kms:ViaService of EBS's calls (aws/ebs's policy names it). */
export const ec2Endpoint = (region: string): string => `ec2.${region}.amazonaws.com`

/** The EC2 infrastructure session of one instance: the grantee of an attachment's grant. */
export const ec2InfrastructureSession = (accountId: string, instanceId: string): string =>
  `arn:aws:sts::${accountId}:assumed-role/aws:ec2-infrastructure/${instanceId}`

/** The encryption context of a volume's key. */
export const volumeContext = (volumeId: string): Record<string, string> => ({
  [EBS_CONTEXT_KEY]: volumeId,
})

export interface EbsOptions {
  readonly kms: KmsCaller
  readonly region: string
  readonly accountId: string
  /** For volume and instance ids (`vol-` and `i-` and 17 hex digits). */
  readonly random: RandomSource
}

export interface Ebs {
  /** A new instance id, `i-` and 17 hex digits (EC2 launches it; KMS is not involved). */
  newInstanceId(): string
  /** CreateVolume with encryption: a volume key under `kmsKeyId` (default alias/aws/ebs). */
  createVolume(user: string, kmsKeyId?: string): Promise<EncryptedVolume>
  /** AttachVolume: EC2's grant for the instance, then the instance's Decrypt of the volume key. */
  attachVolume(user: string, volume: EncryptedVolume, instanceId: string): Promise<VolumeAttachment>
  /**
   * The instance's EC2 infrastructure decrypting a volume key (what an attach, or a reboot of
   * the host, does); the plaintext goes to the Nitro hardware and is zeroed here at once.
   */
  loadVolumeKey(
    instanceId: string,
    volume: EncryptedVolume,
    grantToken?: string,
  ): Promise<{ readonly keyArn: string }>
  /** DetachVolume: EC2 retires the attachment's grant. */
  detachVolume(attachment: VolumeAttachment): Promise<void>
}

export function createEbs({ kms, region, accountId, random }: EbsOptions): Ebs {
  const viaEc2: ServiceCallOptions = { viaService: ec2Endpoint(region) }
  const resourceId = (prefix: string) => `${prefix}-${toHex(random(9)).slice(0, 17)}`

  async function loadVolumeKey(instanceId: string, volume: EncryptedVolume, grantToken?: string) {
    const blob = decodeBase64(volume.encryptedVolumeKey)
    if (blob === undefined) throw new Error(`The volume ${volume.volumeId} has no encrypted key.`)
    const { KeyId, Plaintext } = await kms(
      'Decrypt',
      {
        CiphertextBlob: blob,
        KeyId: volume.keyArn,
        EncryptionContext: volumeContext(volume.volumeId),
        // A service passes the token of the grant it just made: AWS grants are eventually
        // consistent, and the token makes the grant usable at once.
        ...(grantToken !== undefined && { GrantTokens: [grantToken] }),
      },
      ec2InfrastructureSession(accountId, instanceId),
      { secret: ['Plaintext'] },
    )
    // To the Nitro hardware, not to anyone here.
    Plaintext.fill(0)
    return { keyArn: KeyId }
  }

  return {
    newInstanceId: () => resourceId('i'),
    async createVolume(user, kmsKeyId = EBS_DEFAULT_KEY) {
      const volumeId = resourceId('vol')
      const { KeyId, CiphertextBlob } = await kms(
        'GenerateDataKeyWithoutPlaintext',
        {
          KeyId: kmsKeyId,
          NumberOfBytes: VOLUME_KEY_BYTES,
          EncryptionContext: volumeContext(volumeId),
        },
        user,
        viaEc2,
      )
      return { volumeId, keyArn: KeyId, encryptedVolumeKey: encodeBase64(CiphertextBlob) }
    },
    async attachVolume(user, volume, instanceId) {
      const granteePrincipal = ec2InfrastructureSession(accountId, instanceId)
      const { GrantId, GrantToken } = await kms(
        'CreateGrant',
        {
          KeyId: volume.keyArn,
          GranteePrincipal: granteePrincipal,
          RetiringPrincipal: EC2_RETIRING_PRINCIPAL,
          Operations: ['Decrypt'],
          Constraints: { EncryptionContextSubset: volumeContext(volume.volumeId) },
        },
        user,
        viaEc2,
      )
      await loadVolumeKey(instanceId, volume, GrantToken)
      return {
        volumeId: volume.volumeId,
        instanceId,
        keyArn: volume.keyArn,
        grantId: GrantId,
        granteePrincipal,
      }
    },
    loadVolumeKey,
    async detachVolume(attachment) {
      await kms(
        'RetireGrant',
        { KeyId: attachment.keyArn, GrantId: attachment.grantId },
        EC2_RETIRING_PRINCIPAL,
      )
    },
  }
}
