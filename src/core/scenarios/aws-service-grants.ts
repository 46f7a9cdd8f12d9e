import {
  callerName,
  cloudTrailRecord,
  createEbs,
  EBS_DEFAULT_KEY,
  ec2Endpoint,
  type Ebs,
  type EncryptedVolume,
  type VolumeAttachment,
} from '../kms/index.ts'
import type { Scenario, StepContext } from './scenario.ts'
import { ensureScenarioKey, KEY_ARN, KEY_ID } from './scenario-key.ts'
import { dateText } from './scenario-text.ts'

const ALIAS = 'alias/keydeck/aws-service-grants'
/** What the steps keep: volumes and attachments as JSON (notes are strings). */
const VOLUME = 'volume'
const OTHER_VOLUME = 'otherVolume'
const ATTACHMENT = 'attachment'
const OWN_VOLUME = 'ownVolume'
const OWN_ATTACHMENT = 'ownAttachment'

/** The grantee of every grant EC2 makes: an `aws:ec2-infrastructure` role session. */
const EC2_GRANTEE = /:assumed-role\/aws:ec2-infrastructure\//

/**
 * Ids for a step's volumes and instances, from the account's clock and the step: the scenario
 * has no randomness of its own, and a later visit gets new ids.
 */
function idSource(ctx: StepContext, step: string): (bytes: number) => Uint8Array {
  let state = ctx.account.now() >>> 0
  for (const char of step) state = (Math.imul(state ^ char.charCodeAt(0), 0x01000193) + 1) >>> 0
  return (bytes) =>
    Uint8Array.from({ length: bytes }, () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0
      return state >>> 24
    })
}

/** EBS and EC2 making their calls through the step, so each is recorded with who made it. */
function ebsOf(ctx: StepContext, step: string): Ebs {
  return createEbs({
    kms: (operation, input, caller, options) => ctx.kms(operation, input, caller, options),
    region: ctx.account.kms.region,
    accountId: ctx.account.kms.accountId,
    random: idSource(ctx, step),
  })
}

const keep = (ctx: StepContext, name: string, value: EncryptedVolume | VolumeAttachment) =>
  ctx.note(name, JSON.stringify(value))
const volumeNoted = (ctx: StepContext, name: string) =>
  JSON.parse(ctx.read(name)) as EncryptedVolume
const attachmentNoted = (ctx: StepContext, name: string) =>
  JSON.parse(ctx.read(name)) as VolumeAttachment

/** The grants EC2 made on a key that an earlier visit left, revoked (the account may). */
async function revokeEc2Grants(ctx: StepContext, keyId: string): Promise<number> {
  const { Grants } = await ctx.kms('ListGrants', { KeyId: keyId })
  const left = Grants.filter((g) => EC2_GRANTEE.test(g.GranteePrincipal ?? ''))
  for (const grant of left) {
    if (grant.GrantId !== undefined) {
      await ctx.kms('RevokeGrant', { KeyId: keyId, GrantId: grant.GrantId })
    }
  }
  return left.length
}

/** The key alias/aws/ebs points at, without creating it (ListAliases, unlike DescribeKey). */
async function awsEbsKeyId(ctx: StepContext): Promise<string | undefined> {
  let marker: string | undefined
  do {
    const page = await ctx.kms('ListAliases', { Limit: 100, ...(marker && { Marker: marker }) })
    const alias = page.Aliases.find((a) => a.AliasName === EBS_DEFAULT_KEY)
    if (alias !== undefined) return alias.TargetKeyId
    marker = page.Truncated ? page.NextMarker : undefined
  } while (marker !== undefined)
  return undefined
}

/**
 * KeyDeck before this scenario wrote aws/ebs's key policy for an `ebs.<region>` endpoint; AWS's
 * names EC2, through which EBS calls. An AWS managed key's policy cannot be changed and the key
 * cannot be deleted, so such an account can only start over: the fact says so before step 1
 * fails.
 */
async function checkEbsKeyPolicy(ctx: StepContext, keyId: string): Promise<void> {
  const { Policy } = await ctx.kms('GetKeyPolicy', { KeyId: keyId })
  if (!Policy.includes(`"${ec2Endpoint(ctx.account.kms.region)}"`)) {
    ctx.fact(
      'This account’s aws/ebs key was made by an earlier KeyDeck, with a key policy that does not name EC2, so EBS cannot use it. AWS managed keys cannot be changed or deleted: choose “Start over…” in the Sandbox account panel to get one as AWS makes it.',
    )
  }
}

/**
 * An AWS service creates, uses and retires grants on your KMS keys: Amazon EBS and EC2 for an
 * encrypted volume. EBS gets the volume key under the key on your behalf; EC2 grants the
 * instance's infrastructure Decrypt for that volume only, uses it, and retires it on detach.
 * @see https://docs.aws.amazon.com/ebs/latest/userguide/how-ebs-encryption-works.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/ct-ec2two.html
 */
export const awsServiceGrantsScenario: Scenario = {
  title: 'Watch Amazon EBS and EC2 create, use and retire a grant',
  summary:
    'Create an encrypted EBS volume and attach it to an instance: EC2 creates a grant on the KMS key for that volume only, uses it once, and retires it when you detach. Then see what a disabled key, or one pending deletion, does to an attached volume and to the next attach.',
  async setup(ctx) {
    await ensureScenarioKey(ctx, {
      alias: ALIAS,
      description: 'KeyDeck scenario: an AWS service’s grants (EBS volumes)',
    })
    const own = await revokeEc2Grants(ctx, ctx.read(KEY_ID))
    const ebsKey = await awsEbsKeyId(ctx)
    const managed = ebsKey === undefined ? 0 : await revokeEc2Grants(ctx, ebsKey)
    if (ebsKey !== undefined) await checkEbsKeyPolicy(ctx, ebsKey)
    ctx.fact(
      own + managed === 0
        ? 'No volume of an earlier visit is attached: no EC2 grant on either key.'
        : `Revoked ${own + managed} grant(s) EC2 made for volumes an earlier visit left attached.`,
    )
  },
  steps: [
    {
      title: 'Create an encrypted volume',
      explain:
        'You create an encrypted EBS volume without naming a key. EBS, on your behalf through EC2, asks KMS for a volume key under alias/aws/ebs (the AWS managed key, made on its first use), bound to the volume by the encryption context aws:ebs:id, and keeps only its encrypted copy.',
      action: 'Create the volume',
      async run(ctx) {
        const volume = await ebsOf(ctx, 'create').createVolume(ctx.root)
        keep(ctx, VOLUME, volume)
        ctx.fact(`Volume: ${volume.volumeId}`)
        ctx.fact(`Key: ${volume.keyArn}`)
        const { KeyMetadata: key } = await ctx.kms('DescribeKey', { KeyId: EBS_DEFAULT_KEY })
        ctx.fact(`KeyManager: ${key.KeyManager} (the AWS managed key for EBS)`)
        ctx.fact(
          'Kept with the volume: the encrypted volume key. No plaintext key exists anywhere yet.',
        )
      },
    },
    {
      title: 'Attach it to an instance',
      explain:
        'On attach, EC2 creates a grant on your behalf: the instance’s EC2 infrastructure may Decrypt, only with this volume’s aws:ebs:id. That principal then decrypts the volume key, which goes to the instance’s Nitro hardware and is shown nowhere.',
      action: 'Attach the volume',
      async run(ctx) {
        const ebs = ebsOf(ctx, 'attach')
        const attachment = await ebs.attachVolume(
          ctx.root,
          volumeNoted(ctx, VOLUME),
          ebs.newInstanceId(),
        )
        keep(ctx, ATTACHMENT, attachment)
        ctx.fact(`Instance: ${attachment.instanceId}`)
        ctx.fact(`Grant ${attachment.grantId} for ${attachment.granteePrincipal}`)
        ctx.fact('Decrypt as that principal: allowed by the grant; the key went to Nitro.')
      },
    },
    {
      title: 'Look at the grant',
      explain:
        'ListGrants shows what EC2 asked for: one operation, one volume, and EC2 as the retiring principal. CloudTrail shows you made the grant, invoked by AWS through EC2: a grant for an AWS resource (kms:GrantIsForAWSResource), which a key policy can require.',
      action: 'List grants, read CloudTrail',
      async run(ctx) {
        const attachment = attachmentNoted(ctx, ATTACHMENT)
        const { Grants } = await ctx.kms('ListGrants', {
          KeyId: attachment.keyArn,
          GrantId: attachment.grantId,
        })
        const grant = Grants[0]
        if (grant !== undefined) {
          ctx.fact(`GranteePrincipal: ${grant.GranteePrincipal ?? ''}`)
          ctx.fact(`Operations: ${(grant.Operations ?? []).join(', ')}`)
          ctx.fact(
            `Constraints: EncryptionContextSubset ${JSON.stringify(grant.Constraints?.EncryptionContextSubset ?? {})}`,
          )
          ctx.fact(`RetiringPrincipal: ${grant.RetiringPrincipal ?? '(none)'}`)
        }
        const events = await ctx.account.kms.auditTrail({ keyArn: attachment.keyArn, limit: 20 })
        const made = events.find(
          (e) =>
            e.eventName === 'CreateGrant' && e.responseElements?.GrantId === attachment.grantId,
        )
        ctx.record({
          service: 'cloudtrail',
          operation: 'LookupEvents',
          request: {
            LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'CreateGrant' }],
          },
          response: {
            Events:
              made === undefined
                ? []
                : [
                    {
                      EventName: made.eventName,
                      Username: callerName(made.principal),
                      CloudTrailEvent: cloudTrailRecord(
                        made,
                        ctx.account.kms.region,
                        ctx.account.kms.accountId,
                      ),
                    },
                  ],
          },
        })
        if (made !== undefined) {
          ctx.fact(
            `CloudTrail: CreateGrant by ${callerName(made.principal)}, through ${made.viaService ?? 'no service'}`,
          )
        }
      },
    },
    {
      title: 'Read another volume’s key',
      explain:
        'EBS creates a second volume under the same key. The instance’s grant allows Decrypt only with its own volume’s aws:ebs:id, so its EC2 infrastructure cannot decrypt the second volume’s key.',
      action: 'Try the other volume',
      async run(ctx) {
        const ebs = ebsOf(ctx, 'other')
        const other = await ebs.createVolume(ctx.root)
        keep(ctx, OTHER_VOLUME, other)
        const { instanceId } = attachmentNoted(ctx, ATTACHMENT)
        const error = await ctx.expectError('AccessDeniedException', () =>
          ebs.loadVolumeKey(instanceId, other),
        )
        const own = volumeNoted(ctx, VOLUME).volumeId
        ctx.fact(`Decrypt of ${other.volumeId}’s key by ${instanceId}: ${error.name}`)
        ctx.fact(
          `Why: its only grant allows Decrypt with aws:ebs:id ${own}, and the key policy allows only calls through EC2.`,
        )
      },
    },
    {
      title: 'Detach the volume',
      explain:
        'On detach, EC2 retires the grant as its retiring principal: a service retires a grant as soon as its task is done. The instance can no longer decrypt the volume key.',
      action: 'Detach the volume',
      async run(ctx) {
        const ebs = ebsOf(ctx, 'detach')
        const attachment = attachmentNoted(ctx, ATTACHMENT)
        await ebs.detachVolume(attachment)
        const { Grants } = await ctx.kms('ListGrants', { KeyId: attachment.keyArn })
        const left = Grants.filter((g) => g.GrantId === attachment.grantId).length
        ctx.fact(`Grant ${attachment.grantId}: ${left === 0 ? 'retired' : 'still there'}`)
        const error = await ctx.expectError('AccessDeniedException', () =>
          ebs.loadVolumeKey(attachment.instanceId, volumeNoted(ctx, VOLUME)),
        )
        ctx.fact(`Decrypt by ${attachment.instanceId}’s infrastructure now: ${error.name}`)
      },
    },
    {
      title: 'Use your own key',
      explain: `You create a volume under your customer managed key (${ALIAS}) and attach it: the same calls as before, but now the key’s state is yours to change.`,
      action: 'Create and attach',
      async run(ctx) {
        const ebs = ebsOf(ctx, 'own')
        const volume = await ebs.createVolume(ctx.root, ctx.read(KEY_ARN))
        keep(ctx, OWN_VOLUME, volume)
        const attachment = await ebs.attachVolume(ctx.root, volume, ebs.newInstanceId())
        keep(ctx, OWN_ATTACHMENT, attachment)
        ctx.fact(`Volume ${volume.volumeId} attached to ${attachment.instanceId}`)
        ctx.fact(`Grant ${attachment.grantId} on ${ALIAS}`)
      },
    },
    {
      title: 'Disable your key',
      explain:
        'The attached volume keeps working: its key is already in the Nitro hardware, and reads and writes make no KMS call. Attaching the volume to another instance needs a new grant, and CreateGrant on a disabled key fails.',
      action: 'Disable, then attach elsewhere',
      async run(ctx) {
        await ctx.kms('DisableKey', { KeyId: ctx.read(KEY_ID) })
        const attached = attachmentNoted(ctx, OWN_ATTACHMENT)
        ctx.fact(`${attached.volumeId} stays attached to ${attached.instanceId}, still usable.`)
        const ebs = ebsOf(ctx, 'disabled')
        const error = await ctx.expectError('DisabledException', () =>
          ebs.attachVolume(ctx.root, volumeNoted(ctx, OWN_VOLUME), ebs.newInstanceId()),
        )
        ctx.fact(`Attach to another instance: ${error.name}: ${error.message}`)
      },
    },
    {
      title: 'Schedule its deletion',
      explain:
        'A key pending deletion refuses new grants too, so no attach can succeed. Detaching still works (a grant retires in any key state); once the key is deleted, the volume can never be attached again. The step cancels the deletion.',
      action: 'Schedule deletion, attach, detach',
      async run(ctx) {
        const keyId = ctx.read(KEY_ID)
        const { DeletionDate } = await ctx.kms('ScheduleKeyDeletion', {
          KeyId: keyId,
          PendingWindowInDays: 7,
        })
        if (DeletionDate !== undefined) ctx.fact(`Deletion scheduled for ${dateText(DeletionDate)}`)
        const ebs = ebsOf(ctx, 'pending')
        const error = await ctx.expectError('KMSInvalidStateException', () =>
          ebs.attachVolume(ctx.root, volumeNoted(ctx, OWN_VOLUME), ebs.newInstanceId()),
        )
        ctx.fact(`Attach to another instance: ${error.name}: ${error.message}`)
        const attached = attachmentNoted(ctx, OWN_ATTACHMENT)
        await ebs.detachVolume(attached)
        ctx.fact(`Detached ${attached.volumeId}: EC2 retired its grant.`)
        await ctx.kms('CancelKeyDeletion', { KeyId: keyId })
        ctx.fact('Deletion cancelled: the key is Disabled; the next visit makes a fresh key.')
      },
    },
  ],
}
