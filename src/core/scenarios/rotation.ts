import { showRotationStatus } from './rotation-status-facts.ts'
import type { Scenario } from './scenario.ts'
import { ensureScenarioKey, KEY_ID } from './scenario-key.ts'
import { blobNoted, dateText, DAY_MS, noteBlob, textOf, utf8 } from './scenario-text.ts'

/** RotateKeyOnDemand may run 25 times per key; the setup leaves room for this visit. */
const ON_DEMAND_LIMIT = 25

/**
 * Rotation keeps every material version: ciphertext made before a rotation still decrypts.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
 */
export const rotationScenario: Scenario = {
  title: 'Rotate a key and decrypt old ciphertext',
  summary:
    'A key with automatic rotation on: encrypt, rotate on demand, and watch old ciphertext still decrypt, then let a year pass for the automatic rotation.',
  async setup(ctx) {
    const key = await ensureScenarioKey(ctx, {
      alias: 'alias/keydeck/rotation',
      description: 'KeyDeck scenario: rotation',
      fit: async (found) => {
        const { Rotations } = await ctx.kms('ListKeyRotations', { KeyId: found.KeyId })
        const onDemand = Rotations.filter((r) => r.RotationType === 'ON_DEMAND').length
        return onDemand < ON_DEMAND_LIMIT
      },
    })
    const status = await ctx.kms('GetKeyRotationStatus', { KeyId: key.KeyId })
    if (!status.KeyRotationEnabled) {
      await ctx.kms('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 365 })
      ctx.fact('Turned automatic rotation on, every 365 days.')
    }
  },
  steps: [
    {
      title: 'Check automatic rotation',
      explain:
        'GetKeyRotationStatus tells whether KMS rotates the key by itself, how often (90 to 2,560 days; 365 by default) and when next.',
      action: 'Get the rotation status',
      async run(ctx) {
        await showRotationStatus(ctx, ctx.read(KEY_ID))
      },
    },
    {
      title: 'Encrypt before rotating',
      explain:
        'Encrypt some text now. The ciphertext records which material version of the key made it.',
      action: 'Encrypt “written before the rotation”',
      async run(ctx) {
        const { CiphertextBlob } = await ctx.kms('Encrypt', {
          KeyId: ctx.read(KEY_ID),
          Plaintext: utf8('written before the rotation'),
        })
        ctx.note('before', noteBlob(CiphertextBlob))
        ctx.fact(`CiphertextBlob: ${CiphertextBlob.length} bytes, kept for a later step.`)
      },
    },
    {
      title: 'Rotate on demand',
      explain:
        'RotateKeyOnDemand makes new key material at once, without waiting for the schedule. The key id, ARN and policy stay the same; up to 25 on-demand rotations per key.',
      action: 'Rotate the key now',
      async run(ctx) {
        const keyId = ctx.read(KEY_ID)
        await ctx.kms('RotateKeyOnDemand', { KeyId: keyId })
        const { Rotations } = await ctx.kms('ListKeyRotations', { KeyId: keyId })
        const onDemand = Rotations.filter((r) => r.RotationType === 'ON_DEMAND').length
        ctx.fact(`ListKeyRotations: ${Rotations.length} rotation(s) so far.`)
        ctx.fact(`On-demand rotations left: ${ON_DEMAND_LIMIT - onDemand} of ${ON_DEMAND_LIMIT}.`)
      },
    },
    {
      title: 'Decrypt the old ciphertext',
      explain:
        'Decrypt the ciphertext made before the rotation. KMS keeps every material version of the key and picks the one the ciphertext names: nothing needs re-encrypting.',
      action: 'Decrypt the old ciphertext',
      async run(ctx) {
        const out = await ctx.kms('Decrypt', { CiphertextBlob: blobNoted(ctx.read('before')) })
        const { KeyMetadata } = await ctx.kms('DescribeKey', { KeyId: ctx.read(KEY_ID) })
        ctx.fact(`Plaintext: “${textOf(out.Plaintext)}”`)
        if (out.KeyMaterialId !== undefined && KeyMetadata.CurrentKeyMaterialId !== undefined) {
          ctx.fact(
            out.KeyMaterialId === KeyMetadata.CurrentKeyMaterialId
              ? 'It used the current key material.'
              : 'It used older key material than the current one (compare KeyMaterialId with DescribeKey’s CurrentKeyMaterialId).',
          )
        }
      },
    },
    {
      title: 'Let the schedule come round',
      explain:
        'Move the sandbox clock to the next scheduled rotation. KMS rotates the key by itself, and the rotation appears in ListKeyRotations and in the audit trail as a RotateKey event by KMS.',
      action: 'Advance the clock to the next rotation',
      async run(ctx) {
        const keyId = ctx.read(KEY_ID)
        const status = await ctx.kms('GetKeyRotationStatus', { KeyId: keyId })
        const next = status.NextRotationDate?.getTime()
        if (next === undefined) throw new Error('The key has no scheduled rotation.')
        const from = ctx.account.now()
        const ms = Math.max(1, next - from) + 60_000
        await ctx.account.advanceClock(ms)
        ctx.record({
          service: 'clock',
          operation: 'Advance',
          request: { days: Math.round((ms / DAY_MS) * 10) / 10 },
          response: { now: dateText(ctx.account.now()) },
        })
        const { Rotations } = await ctx.kms('ListKeyRotations', { KeyId: keyId })
        const automatic = Rotations.filter((r) => r.RotationType === 'AUTOMATIC').at(-1)
        ctx.fact(`The clock now reads ${dateText(ctx.account.now())}.`)
        if (automatic?.RotationDate !== undefined) {
          ctx.fact(
            `ListKeyRotations: an AUTOMATIC rotation on ${dateText(automatic.RotationDate)}.`,
          )
        }
      },
    },
    {
      title: 'Decrypt it once more',
      explain:
        'Two rotations later, the first ciphertext still decrypts: rotation never breaks old data, which is why it is safe to leave on.',
      action: 'Decrypt the old ciphertext again',
      async run(ctx) {
        const out = await ctx.kms('Decrypt', { CiphertextBlob: blobNoted(ctx.read('before')) })
        ctx.fact(`Plaintext: “${textOf(out.Plaintext)}”`)
      },
    },
  ],
}
