import type { OperationOutput } from '../kms/index.ts'
import { showRotationStatus } from './rotation-status-facts.ts'
import type { Scenario, StepContext } from './scenario.ts'
import { KEY_ARN, KEY_ID } from './scenario-key.ts'
import { utf8 } from './scenario-text.ts'

const ALIAS = 'alias/aws/s3'

type AliasListEntry = OperationOutput<'ListAliases'>['Aliases'][number]

interface PolicyStatement {
  Sid?: string
  Condition?: Record<string, Record<string, string>>
}

/** Pages through ListAliases until the alias shows up (each page a recorded call). */
async function findAlias(ctx: StepContext, name: string): Promise<AliasListEntry | undefined> {
  let marker: string | undefined
  do {
    const page = await ctx.kms('ListAliases', { Limit: 100, ...(marker && { Marker: marker }) })
    const found = page.Aliases.find((a) => a.AliasName === name)
    if (found !== undefined) return found
    marker = page.Truncated ? page.NextMarker : undefined
  } while (marker !== undefined)
  return undefined
}

/**
 * An AWS managed key is made in the account by the service on first use, rotated yearly by
 * AWS, and cannot be managed or used directly by the customer.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
 */
export const awsManagedKeysScenario: Scenario = {
  title: 'Meet an AWS managed key (alias/aws/s3)',
  summary:
    'The key Amazon S3 uses for SSE-KMS when you name no key of your own: see it appear on first use, owned and rotated by AWS, refusing your changes and usable only through S3.',
  setup(ctx) {
    // Nothing to prepare, nothing to undo: AWS managed keys are made by AWS and never deleted.
    ctx.fact('Nothing to set up: AWS makes this key itself, in your account.')
    return Promise.resolve()
  },
  steps: [
    {
      title: 'Find alias/aws/s3',
      explain:
        'ListAliases shows the aliases AWS reserves for its services (alias/aws/…), even before their key exists. You can never create an alias that begins with alias/aws/.',
      action: 'List the aliases',
      async run(ctx) {
        const alias = await findAlias(ctx, ALIAS)
        if (alias === undefined) {
          ctx.fact(`${ALIAS} is not listed.`)
          return
        }
        ctx.fact(
          alias.TargetKeyId === undefined
            ? `${ALIAS}: no TargetKeyId. The key does not exist yet; S3 creates it the first time you use SSE-KMS without naming a key.`
            : `${ALIAS}: TargetKeyId ${alias.TargetKeyId}. The key already exists (an earlier visit made it; AWS managed keys are never deleted).`,
        )
      },
    },
    {
      title: 'Describe the key',
      explain:
        'DescribeKey on a reserved alias without a key creates the AWS managed key, as the service’s first use would. KeyManager says who manages it: AWS, not you (CUSTOMER).',
      action: 'Describe alias/aws/s3',
      async run(ctx) {
        const { KeyMetadata: key } = await ctx.kms('DescribeKey', { KeyId: ALIAS })
        ctx.note(KEY_ID, key.KeyId)
        ctx.note(KEY_ARN, key.Arn)
        ctx.fact(`KeyManager: ${key.KeyManager}`)
        ctx.fact(`KeyId: ${key.KeyId}`)
        ctx.fact(`KeyState: ${key.KeyState}`)
        if (key.Description) ctx.fact(`Description: ${key.Description}`)
      },
    },
    {
      title: 'Check its rotation',
      explain:
        'AWS rotates an AWS managed key’s material every year (every three years before May 2022). GetKeyRotationStatus always says rotation is enabled.',
      action: 'Get the rotation status',
      async run(ctx) {
        await showRotationStatus(ctx, ctx.read(KEY_ID))
      },
    },
    {
      title: 'Try to manage it',
      explain:
        'You cannot change an AWS managed key: not its rotation, not its state, not its key policy, and you cannot delete it. Try to rotate it every 90 days, then to disable it.',
      action: 'Change rotation, then disable',
      async run(ctx) {
        const keyId = ctx.read(KEY_ID)
        const rotation = await ctx.expectError('UnsupportedOperationException', () =>
          ctx.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 }),
        )
        ctx.fact(`EnableKeyRotation: ${rotation.name}: ${rotation.message}`)
        const disable = await ctx.expectError('AccessDeniedException', () =>
          ctx.kms('DisableKey', { KeyId: keyId }),
        )
        ctx.fact(`DisableKey: ${disable.name}`)
        ctx.fact(`Why: ${disable.why ?? disable.message}`)
      },
    },
    {
      title: 'Read its key policy',
      explain:
        'You may read the key policy AWS wrote. It lets every principal of the account use the key, but only through S3 (kms:ViaService) and only from this account (kms:CallerAccount).',
      action: 'Get the key policy',
      async run(ctx) {
        const { Policy } = await ctx.kms('GetKeyPolicy', {
          KeyId: ctx.read(KEY_ID),
          PolicyName: 'default',
        })
        const statements = (JSON.parse(Policy) as { Statement: PolicyStatement[] }).Statement
        for (const statement of statements) {
          ctx.fact(`“${statement.Sid ?? '(no Sid)'}”`)
          const equals = statement.Condition?.StringEquals
          if (equals !== undefined) {
            for (const [key, value] of Object.entries(equals)) ctx.fact(`  ${key} = ${value}`)
          }
        }
      },
    },
    {
      title: 'Encrypt with it directly',
      explain:
        'A direct Encrypt call does not come through S3, so the kms:ViaService condition does not match and the key policy does not allow it.',
      action: 'Encrypt with alias/aws/s3',
      async run(ctx) {
        const error = await ctx.expectError('AccessDeniedException', () =>
          ctx.kms('Encrypt', { KeyId: ALIAS, Plaintext: utf8('not through S3') }),
        )
        ctx.fact(`${error.name}: ${error.message}`)
        if (error.why !== undefined) ctx.fact(`Why: ${error.why}`)
      },
    },
  ],
}
