import type { Scenario, StepContext } from './scenario.ts'
import { ensureScenarioKey, KEY_ARN, KEY_ID } from './scenario-key.ts'
import { blobNoted, dateText, noteBlob, textOf, utf8 } from './scenario-text.ts'

/** The shortest waiting period ScheduleKeyDeletion allows (7 to 30 days, 30 by default). */
const PENDING_WINDOW_DAYS = 7

async function keyStateFact(ctx: StepContext): Promise<void> {
  const { KeyMetadata } = await ctx.kms('DescribeKey', { KeyId: ctx.read(KEY_ID) })
  ctx.fact(`DescribeKey: KeyState ${KeyMetadata.KeyState}`)
}

/**
 * A key's state decides what it can do: a disabled key or one pending deletion refuses every
 * cryptographic operation, and a cancelled deletion leaves the key disabled. The scenario ends
 * with the key enabled again, so the next visit reuses it.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html
 */
export const keyStatesScenario: Scenario = {
  title: 'Disable, enable and schedule deletion of a key',
  summary:
    'Take an enabled key through Disabled and PendingDeletion and back, and see which error each state gives a cryptographic call.',
  async setup(ctx) {
    await ensureScenarioKey(ctx, {
      alias: 'alias/keydeck/key-states',
      description: 'KeyDeck scenario: key states',
    })
  },
  steps: [
    {
      title: 'Encrypt with the enabled key',
      explain:
        'An Enabled key can be used in cryptographic operations. Encrypt some text now; a later step tries to decrypt it while the key is disabled.',
      action: 'Encrypt “kept under the key”',
      async run(ctx) {
        const { CiphertextBlob } = await ctx.kms('Encrypt', {
          KeyId: ctx.read(KEY_ID),
          Plaintext: utf8('kept under the key'),
        })
        ctx.note('ciphertext', noteBlob(CiphertextBlob))
        ctx.fact(`CiphertextBlob: ${CiphertextBlob.length} bytes, kept for a later step.`)
      },
    },
    {
      title: 'Disable the key',
      explain:
        'DisableKey stops every cryptographic use of the key at once, without deleting anything: decrypting now fails with DisabledException.',
      action: 'Disable the key and try to decrypt',
      async run(ctx) {
        await ctx.kms('DisableKey', { KeyId: ctx.read(KEY_ID) })
        await keyStateFact(ctx)
        const error = await ctx.expectError('DisabledException', () =>
          ctx.kms('Decrypt', { CiphertextBlob: blobNoted(ctx.read('ciphertext')) }),
        )
        ctx.fact(`Decrypt: ${error.name} “${error.message}”`)
      },
    },
    {
      title: 'Enable it again',
      explain:
        'EnableKey makes the key usable again: the ciphertext made before it was disabled decrypts as before, since disabling removed nothing.',
      action: 'Enable the key and decrypt',
      async run(ctx) {
        await ctx.kms('EnableKey', { KeyId: ctx.read(KEY_ID) })
        await keyStateFact(ctx)
        const out = await ctx.kms('Decrypt', {
          CiphertextBlob: blobNoted(ctx.read('ciphertext')),
        })
        ctx.fact(`Plaintext: “${textOf(out.Plaintext)}”`)
      },
    },
    {
      title: 'Schedule its deletion',
      explain:
        'KMS never deletes a key at once: ScheduleKeyDeletion starts a waiting period of 7 to 30 days (30 by default), and the key is PendingDeletion until its DeletionDate.',
      action: `Schedule deletion in ${PENDING_WINDOW_DAYS} days`,
      async run(ctx) {
        const out = await ctx.kms('ScheduleKeyDeletion', {
          KeyId: ctx.read(KEY_ID),
          PendingWindowInDays: PENDING_WINDOW_DAYS,
        })
        ctx.fact(`KeyState: ${out.KeyState ?? '(not returned)'}`)
        ctx.fact(
          `DeletionDate: ${out.DeletionDate ? dateText(out.DeletionDate) : '(not returned)'}`,
        )
      },
    },
    {
      title: 'Try to use it',
      explain:
        'A key pending deletion cannot be used in any cryptographic operation; KMS answers KMSInvalidStateException. Someone still using it is a sign to cancel.',
      action: 'Try to encrypt',
      async run(ctx) {
        const error = await ctx.expectError('KMSInvalidStateException', () =>
          ctx.kms('Encrypt', { KeyId: ctx.read(KEY_ID), Plaintext: utf8('too late') }),
        )
        ctx.fact(`Encrypt: ${error.name} “${error.message}”`)
      },
    },
    {
      title: 'Cancel the deletion',
      explain:
        'CancelKeyDeletion stops the countdown while the waiting period lasts. The key comes back Disabled, not Enabled.',
      action: 'Cancel the deletion',
      async run(ctx) {
        const out = await ctx.kms('CancelKeyDeletion', { KeyId: ctx.read(KEY_ID) })
        ctx.fact(`KeyId: ${out.KeyId ?? ctx.read(KEY_ARN)}`)
        await keyStateFact(ctx)
      },
    },
    {
      title: 'Enable it to use it',
      explain:
        'After a cancelled deletion the key needs EnableKey before any cryptographic operation works again.',
      action: 'Enable the key and encrypt',
      async run(ctx) {
        const keyId = ctx.read(KEY_ID)
        await ctx.kms('EnableKey', { KeyId: keyId })
        await keyStateFact(ctx)
        const { CiphertextBlob } = await ctx.kms('Encrypt', {
          KeyId: keyId,
          Plaintext: utf8('back in use'),
        })
        ctx.fact(`Encrypt: ${CiphertextBlob.length} bytes of ciphertext, the key is usable again.`)
      },
    },
  ],
}
