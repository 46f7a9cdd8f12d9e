import type { KeyMetadata } from '../kms/index.ts'
import type { Scenario, StepContext } from './scenario.ts'
import { ensureScenarioKey } from './scenario-key.ts'
import { blobNoted, noteBlob, textOf, utf8 } from './scenario-text.ts'

/** The alias the learner creates, moves and deletes; the steps' application would use it. */
export const APP_ALIAS = 'alias/keydeck/app-key'
/** The two keys' own aliases: how a later visit finds them again. */
const BLUE_ALIAS = 'alias/keydeck/aliases-blue'
const GREEN_ALIAS = 'alias/keydeck/aliases-green'

function keepKey(ctx: StepContext, color: 'blue' | 'green', key: KeyMetadata): void {
  ctx.note(`${color}Id`, key.KeyId)
  ctx.note(`${color}Arn`, key.Arn)
}

/** Which of the two keys an ARN is, for the facts. */
function whichKey(ctx: StepContext, arn: string | undefined): string {
  if (arn === ctx.read('blueArn')) return 'the blue key'
  if (arn === ctx.read('greenArn')) return 'the green key'
  return 'another key'
}

/**
 * An alias is a separate resource that names one key at a time: code that uses the alias follows
 * it when UpdateAlias moves it, while ciphertext names the key itself and still decrypts.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateAlias.html
 */
export const aliasesScenario: Scenario = {
  title: 'Point an alias at a key, then move it',
  summary: `Two keys, blue and green, and an alias ${APP_ALIAS} an application would use: point it at blue, encrypt, move it to green without touching the code, then delete it.`,
  async setup(ctx) {
    const blue = await ensureScenarioKey(ctx, {
      alias: BLUE_ALIAS,
      description: 'KeyDeck scenario: aliases (blue)',
    })
    keepKey(ctx, 'blue', blue)
    const green = await ensureScenarioKey(ctx, {
      alias: GREEN_ALIAS,
      description: 'KeyDeck scenario: aliases (green)',
    })
    keepKey(ctx, 'green', green)
    // The first step creates the alias: one left by an earlier visit would make it fail.
    const left = await ctx.tolerate('NotFoundException', () =>
      ctx.kms('DescribeKey', { KeyId: APP_ALIAS }),
    )
    if (left !== undefined) {
      await ctx.kms('DeleteAlias', { AliasName: APP_ALIAS })
      ctx.fact(`Deleted ${APP_ALIAS}, left by an earlier visit, so the first step can create it.`)
    }
  },
  steps: [
    {
      title: 'Create the alias',
      explain:
        'CreateAlias gives a key a friendly name that starts with alias/. The target must be named by key ID or key ARN, in the same account and Region.',
      action: `Point ${APP_ALIAS} at the blue key`,
      async run(ctx) {
        await ctx.kms('CreateAlias', { AliasName: APP_ALIAS, TargetKeyId: ctx.read('blueId') })
        const { KeyMetadata } = await ctx.kms('DescribeKey', { KeyId: APP_ALIAS })
        ctx.fact(
          `DescribeKey ${APP_ALIAS}: KeyId ${KeyMetadata.KeyId} (${whichKey(ctx, KeyMetadata.Arn)})`,
        )
      },
    },
    {
      title: 'Encrypt through the alias',
      explain:
        'Cryptographic operations accept an alias in KeyId. The response names the key that was used by its key ARN, not by the alias.',
      action: 'Encrypt “sealed under blue” with the alias',
      async run(ctx) {
        const out = await ctx.kms('Encrypt', {
          KeyId: APP_ALIAS,
          Plaintext: utf8('sealed under blue'),
        })
        ctx.note('blueCiphertext', noteBlob(out.CiphertextBlob))
        ctx.fact(`KeyId: ${out.KeyId ?? '(none)'} (${whichKey(ctx, out.KeyId)})`)
      },
    },
    {
      title: 'Move the alias to another key',
      explain:
        'UpdateAlias points the alias at another key of the same type and usage. Code that uses the alias now encrypts under the new key, unchanged; neither key is changed.',
      action: 'Move the alias to green and encrypt again',
      async run(ctx) {
        await ctx.kms('UpdateAlias', { AliasName: APP_ALIAS, TargetKeyId: ctx.read('greenId') })
        const out = await ctx.kms('Encrypt', {
          KeyId: APP_ALIAS,
          Plaintext: utf8('sealed under green'),
        })
        ctx.fact(`KeyId: ${out.KeyId ?? '(none)'} (${whichKey(ctx, out.KeyId)})`)
      },
    },
    {
      title: 'Decrypt the first ciphertext',
      explain:
        'A symmetric ciphertext names the key that made it, not the alias. Moving the alias does not stop the blue key from decrypting what it encrypted.',
      action: 'Decrypt the ciphertext made under blue',
      async run(ctx) {
        const out = await ctx.kms('Decrypt', {
          CiphertextBlob: blobNoted(ctx.read('blueCiphertext')),
        })
        ctx.fact(`Plaintext: “${textOf(out.Plaintext)}”`)
        ctx.fact(`KeyId: ${out.KeyId ?? '(none)'} (${whichKey(ctx, out.KeyId)})`)
      },
    },
    {
      title: 'List a key’s aliases',
      explain:
        'An alias is not part of the key, so DescribeKey does not show it; ListAliases with a KeyId lists the aliases that point at that key. A key can have many.',
      action: 'List the green key’s aliases',
      async run(ctx) {
        const { Aliases } = await ctx.kms('ListAliases', { KeyId: ctx.read('greenId') })
        const names = Aliases.map((alias) => alias.AliasName ?? '?').sort()
        ctx.fact(`ListAliases: ${names.join(', ')}`)
      },
    },
    {
      title: 'Management calls need the key',
      explain:
        'Only cryptographic operations, DescribeKey and GetPublicKey accept an alias. Management operations such as GetKeyRotationStatus or DisableKey need the key ID or key ARN.',
      action: 'Get the rotation status by the alias',
      async run(ctx) {
        const error = await ctx.expectError('NotFoundException', () =>
          ctx.kms('GetKeyRotationStatus', { KeyId: APP_ALIAS }),
        )
        ctx.fact(`GetKeyRotationStatus: ${error.name} “${error.message}”`)
        const status = await ctx.kms('GetKeyRotationStatus', { KeyId: ctx.read('greenId') })
        ctx.fact(`By key ID it works: KeyRotationEnabled ${String(status.KeyRotationEnabled)}`)
      },
    },
    {
      title: 'Delete the alias',
      explain:
        'DeleteAlias removes the name only: both keys stay as they were. Code that still uses the alias now gets NotFoundException.',
      action: `Delete ${APP_ALIAS}`,
      async run(ctx) {
        await ctx.kms('DeleteAlias', { AliasName: APP_ALIAS })
        for (const color of ['blue', 'green'] as const) {
          const { KeyMetadata } = await ctx.kms('DescribeKey', { KeyId: ctx.read(`${color}Id`) })
          ctx.fact(`The ${color} key: KeyState ${KeyMetadata.KeyState}`)
        }
        const error = await ctx.expectError('NotFoundException', () =>
          ctx.kms('DescribeKey', { KeyId: APP_ALIAS }),
        )
        ctx.fact(`DescribeKey ${APP_ALIAS}: ${error.name}`)
      },
    },
  ],
}
