import type { Scenario } from './scenario.ts'
import { ensureScenarioKey, KEY_ID } from './scenario-key.ts'
import { blobNoted, noteBlob, utf8 } from './scenario-text.ts'

const MESSAGE = 'Pay Alice 10 euros'
const ALTERED = 'Pay Alice 1000 euros'
const ALGORITHM = 'ECDSA_SHA_256'

/**
 * An elliptic curve key pair that signs: KMS signs with the private key, which never leaves it;
 * anyone may download the public key to verify.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Verify.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html
 */
export const asymmetricKeysScenario: Scenario = {
  title: 'Sign and verify with an asymmetric key',
  summary:
    'An ECC_NIST_P256 key pair with key usage SIGN_VERIFY: sign a message, verify it, see a changed message fail, download the public key, and find that this key cannot encrypt.',
  async setup(ctx) {
    const key = await ensureScenarioKey(ctx, {
      alias: 'alias/keydeck/asymmetric-keys',
      description: 'KeyDeck scenario: asymmetric-keys',
      keySpec: 'ECC_NIST_P256',
      keyUsage: 'SIGN_VERIFY',
    })
    ctx.fact(`KeySpec: ${key.KeySpec ?? '?'}, KeyUsage: ${key.KeyUsage ?? '?'}`)
  },
  steps: [
    {
      title: 'Sign a message',
      explain:
        'Sign makes a digital signature with the private key of an asymmetric KMS key, inside KMS. ECDSA_SHA_256 hashes the message with SHA-256 and signs the hash.',
      action: `Sign “${MESSAGE}”`,
      async run(ctx) {
        const out = await ctx.kms('Sign', {
          KeyId: ctx.read(KEY_ID),
          Message: utf8(MESSAGE),
          MessageType: 'RAW',
          SigningAlgorithm: ALGORITHM,
        })
        ctx.note('signature', noteBlob(out.Signature))
        ctx.fact(`Signature: ${out.Signature.length} bytes (${out.SigningAlgorithm ?? '?'}).`)
      },
    },
    {
      title: 'Verify the signature',
      explain:
        'Verify checks the signature against the message with the key pair’s public key. A valid signature proves the message is unchanged and was signed with this key.',
      action: 'Verify the signature',
      async run(ctx) {
        const out = await ctx.kms('Verify', {
          KeyId: ctx.read(KEY_ID),
          Message: utf8(MESSAGE),
          MessageType: 'RAW',
          Signature: blobNoted(ctx.read('signature')),
          SigningAlgorithm: ALGORITHM,
        })
        ctx.fact(`SignatureValid: ${String(out.SignatureValid)}`)
      },
    },
    {
      title: 'Verify a changed message',
      explain:
        'Change the message and verify the same signature. Verify never answers SignatureValid false: it fails with KMSInvalidSignatureException.',
      action: `Verify “${ALTERED}”`,
      async run(ctx) {
        const error = await ctx.expectError('KMSInvalidSignatureException', () =>
          ctx.kms('Verify', {
            KeyId: ctx.read(KEY_ID),
            Message: utf8(ALTERED),
            MessageType: 'RAW',
            Signature: blobNoted(ctx.read('signature')),
            SigningAlgorithm: ALGORITHM,
          }),
        )
        ctx.fact(`${error.name}: the signature does not match the changed message.`)
      },
    },
    {
      title: 'Download the public key',
      explain:
        'GetPublicKey returns the public half of the key pair, so others can verify signatures outside KMS without calling it. The private key never leaves KMS unencrypted.',
      action: 'Get the public key',
      async run(ctx) {
        const out = await ctx.kms('GetPublicKey', { KeyId: ctx.read(KEY_ID) })
        ctx.fact(
          `PublicKey: ${out.PublicKey?.length ?? 0} bytes (DER-encoded SubjectPublicKeyInfo).`,
        )
        ctx.fact(
          `KeyUsage: ${out.KeyUsage ?? '?'}, SigningAlgorithms: ${(out.SigningAlgorithms ?? []).join(', ')}`,
        )
      },
    },
    {
      title: 'Try to encrypt with it',
      explain:
        'A key’s KeySpec and KeyUsage are chosen when it is created and never change. This SIGN_VERIFY key cannot encrypt: that needs a new key with ENCRYPT_DECRYPT.',
      action: 'Encrypt with the signing key',
      async run(ctx) {
        const error = await ctx.expectError('InvalidKeyUsageException', () =>
          ctx.kms('Encrypt', { KeyId: ctx.read(KEY_ID), Plaintext: utf8(MESSAGE) }),
        )
        ctx.fact(`${error.name}: ${error.message}`)
      },
    },
  ],
}
