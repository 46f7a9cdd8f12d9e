import type { Scenario } from './scenario.ts'
import { ensureScenarioKey, KEY_ID } from './scenario-key.ts'
import { blobNoted, noteBlob, utf8 } from './scenario-text.ts'

const MESSAGE = 'session=alice; role=reader'
const ALTERED = 'session=alice; role=admin'
const ALGORITHM = 'HMAC_SHA_256'

/**
 * An HMAC key: a symmetric secret that never leaves KMS, used only to make and check MACs.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateMac.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_VerifyMac.html
 */
export const hmacKeysScenario: Scenario = {
  title: 'Generate and verify an HMAC',
  summary:
    'An HMAC_256 key with key usage GENERATE_VERIFY_MAC: make a MAC of a message, verify it, see a changed message fail, and find what else this key cannot do.',
  async setup(ctx) {
    const key = await ensureScenarioKey(ctx, {
      alias: 'alias/keydeck/hmac-keys',
      description: 'KeyDeck scenario: hmac-keys',
      keySpec: 'HMAC_256',
      keyUsage: 'GENERATE_VERIFY_MAC',
    })
    ctx.fact(`KeySpec: ${key.KeySpec ?? '?'}, KeyUsage: ${key.KeyUsage ?? '?'}`)
  },
  steps: [
    {
      title: 'Generate a MAC',
      explain:
        'GenerateMac computes an HMAC of a message with the key’s secret, inside KMS. The same key and message always give the same MAC.',
      action: `Generate a MAC of “${MESSAGE}”`,
      async run(ctx) {
        const out = await ctx.kms('GenerateMac', {
          KeyId: ctx.read(KEY_ID),
          Message: utf8(MESSAGE),
          MacAlgorithm: ALGORITHM,
        })
        ctx.note('mac', noteBlob(out.Mac))
        ctx.fact(`Mac: ${out.Mac.length} bytes (${out.MacAlgorithm ?? '?'}).`)
      },
    },
    {
      title: 'Verify the MAC',
      explain:
        'VerifyMac recomputes the MAC inside KMS and compares it with yours. A match proves the message is unchanged and was MACed with this key.',
      action: 'Verify the MAC',
      async run(ctx) {
        const out = await ctx.kms('VerifyMac', {
          KeyId: ctx.read(KEY_ID),
          Message: utf8(MESSAGE),
          Mac: blobNoted(ctx.read('mac')),
          MacAlgorithm: ALGORITHM,
        })
        ctx.fact(`MacValid: ${String(out.MacValid)}`)
      },
    },
    {
      title: 'Verify a changed message',
      explain:
        'Change the message and verify the same MAC. VerifyMac never answers MacValid false: it fails with KMSInvalidMacException.',
      action: `Verify “${ALTERED}”`,
      async run(ctx) {
        const error = await ctx.expectError('KMSInvalidMacException', () =>
          ctx.kms('VerifyMac', {
            KeyId: ctx.read(KEY_ID),
            Message: utf8(ALTERED),
            Mac: blobNoted(ctx.read('mac')),
            MacAlgorithm: ALGORITHM,
          }),
        )
        ctx.fact(`${error.name}: the MAC does not match the changed message.`)
      },
    },
    {
      title: 'Try to encrypt with it',
      explain:
        'An HMAC key is symmetric but has key usage GENERATE_VERIFY_MAC, fixed at creation: it only makes and verifies MACs, and cannot encrypt.',
      action: 'Encrypt with the HMAC key',
      async run(ctx) {
        const error = await ctx.expectError('InvalidKeyUsageException', () =>
          ctx.kms('Encrypt', { KeyId: ctx.read(KEY_ID), Plaintext: utf8(MESSAGE) }),
        )
        ctx.fact(`${error.name}: ${error.message}`)
      },
    },
    {
      title: 'Try to turn on automatic rotation',
      explain:
        'Only symmetric encryption KMS keys rotate; HMAC and asymmetric keys do not. To change an HMAC key’s secret, create a new key and move its alias.',
      action: 'Enable key rotation',
      async run(ctx) {
        const error = await ctx.expectError('UnsupportedOperationException', () =>
          ctx.kms('EnableKeyRotation', { KeyId: ctx.read(KEY_ID) }),
        )
        ctx.fact(`${error.name}: ${error.message}`)
      },
    },
  ],
}
