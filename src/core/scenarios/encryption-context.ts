import type { Scenario, StepContext } from './scenario.ts'
import { ensureScenarioKey, KEY_ID } from './scenario-key.ts'
import { blobNoted, noteBlob, textOf, utf8 } from './scenario-text.ts'

/** The context the text is encrypted under: it says what the data is, and is not secret. */
const CONTEXT: Readonly<Record<string, string>> = {
  project: 'keydeck',
  file: 'reports/2026/q4.csv',
}
/** The same pairs, listed the other way round. */
const REORDERED: Readonly<Record<string, string>> = {
  file: 'reports/2026/q4.csv',
  project: 'keydeck',
}
/** One value differs only by case. */
const CHANGED: Readonly<Record<string, string>> = { ...CONTEXT, project: 'KeyDeck' }

const PLAINTEXT = 'Q4 revenue: 1.2 million'
const CIPHERTEXT = 'ciphertext'

const contextText = (context: Readonly<Record<string, string>>): string => JSON.stringify(context)

const decrypt = (ctx: StepContext, context?: Readonly<Record<string, string>>) =>
  ctx.kms('Decrypt', {
    CiphertextBlob: blobNoted(ctx.read(CIPHERTEXT)),
    ...(context !== undefined && { EncryptionContext: { ...context } }),
  })

/**
 * The encryption context is additional authenticated data: Decrypt needs the exact same pairs,
 * in any order, and fails with InvalidCiphertextException otherwise.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html
 */
export const encryptionContextScenario: Scenario = {
  title: 'Bind ciphertext to an encryption context',
  summary:
    'Encrypt with an encryption context, then see Decrypt work only when it is given the same pairs again: without them, or with one value changed, it fails.',
  async setup(ctx) {
    await ensureScenarioKey(ctx, {
      alias: 'alias/keydeck/encryption-context',
      description: 'KeyDeck scenario: encryption context',
    })
  },
  steps: [
    {
      title: 'Encrypt with a context',
      explain:
        'An encryption context is a set of non-secret key–value pairs. KMS binds it to the ciphertext as additional authenticated data; it is not encrypted, and CloudTrail logs it in plaintext.',
      action: 'Encrypt with the context',
      async run(ctx) {
        const { CiphertextBlob } = await ctx.kms('Encrypt', {
          KeyId: ctx.read(KEY_ID),
          Plaintext: utf8(PLAINTEXT),
          EncryptionContext: { ...CONTEXT },
        })
        ctx.note(CIPHERTEXT, noteBlob(CiphertextBlob))
        ctx.fact(`EncryptionContext: ${contextText(CONTEXT)}`)
        ctx.fact(`CiphertextBlob: ${CiphertextBlob.length} bytes, kept for the next steps.`)
      },
    },
    {
      title: 'Decrypt with the same context',
      explain: 'Give Decrypt the ciphertext and the same encryption context: it decrypts.',
      action: 'Decrypt with the context',
      async run(ctx) {
        const out = await decrypt(ctx, CONTEXT)
        ctx.fact(`Plaintext: “${textOf(out.Plaintext)}”`)
      },
    },
    {
      title: 'Decrypt without it',
      explain:
        'The same ciphertext without the context fails. KMS answers InvalidCiphertextException with no message, the error it gives for damaged ciphertext: it does not say what was wrong.',
      action: 'Decrypt without a context',
      async run(ctx) {
        const error = await ctx.expectError('InvalidCiphertextException', () => decrypt(ctx))
        ctx.fact(`${error.name}, message: “${error.message}” (empty)`)
      },
    },
    {
      title: 'List the pairs in another order',
      explain:
        'The order of the pairs does not matter: the context is a map, so the same pairs listed the other way round still decrypt.',
      action: 'Decrypt with the pairs reordered',
      async run(ctx) {
        const out = await decrypt(ctx, REORDERED)
        ctx.fact(`EncryptionContext: ${contextText(REORDERED)}`)
        ctx.fact(`Plaintext: “${textOf(out.Plaintext)}”`)
      },
    },
    {
      title: 'Change one value',
      explain:
        'The match is exact and case-sensitive: “KeyDeck” instead of “keydeck” is another context, and Decrypt fails again.',
      action: 'Decrypt with project “KeyDeck”',
      async run(ctx) {
        const error = await ctx.expectError('InvalidCiphertextException', () =>
          decrypt(ctx, CHANGED),
        )
        ctx.fact(`EncryptionContext: ${contextText(CHANGED)}`)
        ctx.fact(`${error.name}, message: “${error.message}” (empty)`)
      },
    },
  ],
}
