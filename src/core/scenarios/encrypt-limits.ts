import type { Scenario } from './scenario.ts'
import { ensureScenarioKey, KEY_ID } from './scenario-key.ts'

/** Encrypt's largest plaintext for a symmetric encryption KMS key. */
export const ENCRYPT_LIMIT = 4096
/** RSAES_OAEP_SHA_256 with an RSA_2048 key: 2048/8 − 2·32 − 2 bytes. */
export const RSA_2048_OAEP_SHA_256_LIMIT = 190
const GIB = 2 ** 30
const RSA_KEY_ID = 'rsaKeyId'

/** `size` bytes of readable text, the plaintext of the limit steps. */
const textOfSize = (size: number): Uint8Array =>
  new TextEncoder().encode('KeyDeck '.repeat(Math.ceil(size / 8)).slice(0, size))

const count = (n: number): string => n.toLocaleString('en-US')

/**
 * Encrypt takes at most 4,096 bytes (RSA keys less): larger data is encrypted locally with a
 * data key from GenerateDataKey (envelope encryption).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/data-keys.html
 */
export const encryptLimitsScenario: Scenario = {
  title: 'Hit the 4 KB Encrypt limit',
  summary:
    'Encrypt exactly 4,096 bytes, then one byte more; see why large data is encrypted with a data key instead, and how much less an RSA key encrypts.',
  async setup(ctx) {
    // The RSA key first: ensureScenarioKey notes its key as KEY_ID, which the symmetric key's
    // call below then takes over.
    const rsa = await ensureScenarioKey(ctx, {
      alias: 'alias/keydeck/encrypt-limits-rsa',
      description: 'KeyDeck scenario: encrypt-limits (RSA)',
      keySpec: 'RSA_2048',
      keyUsage: 'ENCRYPT_DECRYPT',
    })
    ctx.note(RSA_KEY_ID, rsa.KeyId)
    await ensureScenarioKey(ctx, {
      alias: 'alias/keydeck/encrypt-limits',
      description: 'KeyDeck scenario: encrypt-limits',
    })
  },
  steps: [
    {
      title: 'Encrypt exactly 4,096 bytes',
      explain:
        'Encrypt with a symmetric encryption KMS key accepts up to 4,096 bytes of plaintext: enough for a password, a personal identifier or a data key.',
      action: 'Encrypt 4,096 bytes',
      async run(ctx) {
        const { CiphertextBlob } = await ctx.kms('Encrypt', {
          KeyId: ctx.read(KEY_ID),
          Plaintext: textOfSize(ENCRYPT_LIMIT),
        })
        ctx.fact(
          `Encrypted ${count(ENCRYPT_LIMIT)} bytes: CiphertextBlob ${count(CiphertextBlob.length)} bytes.`,
        )
      },
    },
    {
      title: 'Encrypt one byte more',
      explain:
        'Send 4,097 bytes: KMS refuses the request before using the key, with a ValidationException.',
      action: 'Encrypt 4,097 bytes',
      async run(ctx) {
        const error = await ctx.expectError('ValidationException', () =>
          ctx.kms('Encrypt', {
            KeyId: ctx.read(KEY_ID),
            Plaintext: textOfSize(ENCRYPT_LIMIT + 1),
          }),
        )
        ctx.fact(`${error.name}: ${error.message}`)
      },
    },
    {
      title: 'Get a data key for large data',
      explain:
        'For more than 4 KB, GenerateDataKey returns a data key twice: in plaintext, to encrypt the data locally and then forget, and encrypted under the KMS key, to store beside the data. This is envelope encryption.',
      action: 'Generate an AES_256 data key',
      async run(ctx) {
        const out = await ctx.kms('GenerateDataKey', {
          KeyId: ctx.read(KEY_ID),
          KeySpec: 'AES_256',
        })
        ctx.fact(`Plaintext: a ${out.Plaintext?.length ?? 0}-byte data key (not shown here).`)
        ctx.fact(
          `CiphertextBlob: ${out.CiphertextBlob?.length ?? 0} bytes, to store with the data.`,
        )
        const pieces = GIB / ENCRYPT_LIMIT
        ctx.fact(
          `A 1 GiB file sent to Encrypt in 4 KB pieces takes ${count(pieces)} KMS calls; with a data key, 1 GenerateDataKey call (and 1 Decrypt to read it back).`,
        )
      },
    },
    {
      title: 'Encrypt with an RSA key',
      explain:
        'An RSA key encrypts far less: with RSA_2048 and RSAES_OAEP_SHA_256, at most 190 bytes. Encrypt 190 bytes, then 191.',
      action: 'Encrypt 190 and 191 bytes with RSA_2048',
      async run(ctx) {
        const keyId = ctx.read(RSA_KEY_ID)
        const algorithm = 'RSAES_OAEP_SHA_256'
        const { CiphertextBlob } = await ctx.kms('Encrypt', {
          KeyId: keyId,
          Plaintext: textOfSize(RSA_2048_OAEP_SHA_256_LIMIT),
          EncryptionAlgorithm: algorithm,
        })
        ctx.fact(
          `Encrypted ${RSA_2048_OAEP_SHA_256_LIMIT} bytes: CiphertextBlob ${CiphertextBlob.length} bytes.`,
        )
        const error = await ctx.expectError('ValidationException', () =>
          ctx.kms('Encrypt', {
            KeyId: keyId,
            Plaintext: textOfSize(RSA_2048_OAEP_SHA_256_LIMIT + 1),
            EncryptionAlgorithm: algorithm,
          }),
        )
        ctx.fact(`${error.name}: ${error.message}`)
      },
    },
  ],
}
