import type { Scenario } from './scenario.ts'
import { KEY_ARN, KEY_ID } from './scenario-key.ts'
import { blobNoted, dateText, noteBlob, textOf, utf8 } from './scenario-text.ts'

/** What the create-key scenario's own key says about itself, in DescribeKey's Description. */
export const CREATE_KEY_DESCRIPTION = 'KeyDeck scenario: create-key (made by its first step)'

const SECRET = 'my database password'

/**
 * A key made with CreateKey's defaults: a symmetric encryption key the customer manages. Each
 * visit makes one key (its first step), as a learner trying CreateKey would.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 */
export const createKeyScenario: Scenario = {
  title: 'Create a KMS key and read its metadata',
  summary:
    'Create a KMS key with the defaults, read what DescribeKey says about it, encrypt and decrypt a short text with it, and read the key policy it got.',
  async setup(ctx) {
    // Nothing to prepare: the first step makes this visit's key.
    ctx.fact('Nothing to set up: the first step creates a new KMS key (one per visit).')
  },
  steps: [
    {
      title: 'Create a KMS key',
      explain:
        'CreateKey with no key spec makes a symmetric encryption key: a 256-bit AES-GCM key that encrypts and decrypts, and never leaves KMS unencrypted. You create it, so it is a customer managed key.',
      action: 'Create a key',
      async run(ctx) {
        const { KeyMetadata: key } = await ctx.kms('CreateKey', {
          Description: CREATE_KEY_DESCRIPTION,
        })
        ctx.note(KEY_ID, key.KeyId)
        ctx.note(KEY_ARN, key.Arn)
        ctx.fact(`KeySpec: ${key.KeySpec ?? '?'}, KeyUsage: ${key.KeyUsage ?? '?'}`)
        ctx.fact(`Origin: ${key.Origin ?? '?'}, KeyManager: ${key.KeyManager ?? '?'}`)
        ctx.fact(`KeyId: ${key.KeyId}`)
      },
    },
    {
      title: 'Read its metadata',
      explain:
        'DescribeKey returns the key’s metadata. Origin AWS_KMS means KMS made the key material; KeyManager CUSTOMER means you manage the key (AWS managed keys say AWS). The ARN adds the Region and the account to the key id.',
      action: 'Describe the key',
      async run(ctx) {
        const { KeyMetadata: key } = await ctx.kms('DescribeKey', { KeyId: ctx.read(KEY_ID) })
        ctx.fact(`Arn: ${key.Arn}`)
        ctx.fact(`KeyState: ${key.KeyState ?? '?'} (Enabled: ${String(key.Enabled)})`)
        ctx.fact(`CreationDate: ${dateText(key.CreationDate)}`)
        ctx.fact(`Description: “${key.Description ?? ''}”`)
        ctx.fact(`EncryptionAlgorithms: ${(key.EncryptionAlgorithms ?? []).join(', ')}`)
      },
    },
    {
      title: 'Encrypt a short text',
      explain:
        'Encrypt sends up to 4,096 bytes to KMS and gets back a ciphertext blob. The plaintext is encrypted inside KMS with the key, which you never see.',
      action: `Encrypt “${SECRET}”`,
      async run(ctx) {
        const { CiphertextBlob } = await ctx.kms('Encrypt', {
          KeyId: ctx.read(KEY_ID),
          Plaintext: utf8(SECRET),
        })
        ctx.note('ciphertext', noteBlob(CiphertextBlob))
        ctx.fact(
          `CiphertextBlob: ${CiphertextBlob.length} bytes for ${utf8(SECRET).length} bytes of text.`,
        )
      },
    },
    {
      title: 'Decrypt without naming the key',
      explain:
        'Decrypt takes only the ciphertext blob: a symmetric ciphertext records which KMS key made it, so KMS finds the key by itself. Naming the key (KeyId) is optional but good practice.',
      action: 'Decrypt the ciphertext',
      async run(ctx) {
        const out = await ctx.kms('Decrypt', {
          CiphertextBlob: blobNoted(ctx.read('ciphertext')),
        })
        ctx.fact(`Plaintext: “${textOf(out.Plaintext)}”`)
        ctx.fact(
          out.KeyId === ctx.read(KEY_ARN)
            ? `KeyId: ${out.KeyId ?? ''}, the key made in the first step.`
            : `KeyId: ${out.KeyId ?? ''}`,
        )
      },
    },
    {
      title: 'Read the default key policy',
      explain:
        'Every KMS key has exactly one key policy, named default. CreateKey without a policy gives the default one: it lets the account (its root) use the key, so IAM policies decide who else may.',
      action: 'Get the key policy',
      async run(ctx) {
        const out = await ctx.kms('GetKeyPolicy', { KeyId: ctx.read(KEY_ID) })
        ctx.fact(`PolicyName: ${out.PolicyName ?? '?'}`)
        for (const statement of statementsOf(out.Policy ?? '{}')) ctx.fact(statement)
      },
    },
  ],
}

interface PolicyStatement {
  readonly Sid?: string
  readonly Effect?: string
  readonly Principal?: unknown
  readonly Action?: unknown
}

/** Each statement in one line: `“Enable IAM User Permissions”: Allow kms:* to {"AWS":…}`. */
function statementsOf(policy: string): string[] {
  const parsed = JSON.parse(policy) as { Statement?: PolicyStatement[] }
  return (parsed.Statement ?? []).map(
    (s) =>
      `Statement “${s.Sid ?? '(no Sid)'}”: ${s.Effect ?? '?'} ${JSON.stringify(s.Action)} to ${JSON.stringify(s.Principal)}`,
  )
}
