import { generateMaterialToImport, wrapMaterialForImport, type KeyMetadata } from '../kms/index.ts'
import type { Scenario, StepContext } from './scenario.ts'
import { KEY_ARN, KEY_ID } from './scenario-key.ts'
import { blobNoted, dateText, noteBlob, textOf, utf8 } from './scenario-text.ts'

const ALIAS = 'alias/keydeck/imported-key-material'
const WRAPPING_ALGORITHM = 'RSAES_OAEP_SHA_256'
/** The material's life in this scenario: long enough to use, short enough to watch it end. */
const VALID_FOR_MS = 60 * 60 * 1000

const HSM_NOTE =
  'In real life you generate and wrap the material on your own HSM; here the browser’s WebCrypto stands in for it, and the material itself is never shown.'

/**
 * Imported key material (BYOK): a key created without material, the wrapping key and import
 * token, the material imported with an expiry, expired on the sandbox clock, imported again
 * (only the same material is accepted), then rotated on demand into new imported material.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-on-demand.html
 */
export const importedKeyMaterialScenario: Scenario = {
  title: 'Import key material, let it expire, rotate it on demand',
  summary:
    'A key with Origin EXTERNAL starts without material. Import your own, watch it expire on the sandbox clock, import it again, and rotate on demand into new imported material.',
  async setup(ctx) {
    const found = await ctx.tolerate('NotFoundException', () =>
      ctx.kms('DescribeKey', { KeyId: ALIAS }),
    )
    const old = found?.KeyMetadata
    if (old !== undefined && isUnused(old)) {
      ctx.fact(`Using the key ${ALIAS} points at (${old.KeyId}), still waiting for its material.`)
      keep(ctx, old)
      return
    }
    const { KeyMetadata: key } = await ctx.kms('CreateKey', {
      Origin: 'EXTERNAL',
      Description: 'KeyDeck scenario: imported key material',
    })
    if (old === undefined) {
      await ctx.kms('CreateAlias', { AliasName: ALIAS, TargetKeyId: key.KeyId })
      ctx.fact(`Created a key with Origin EXTERNAL (${key.KeyId}) and the alias ${ALIAS}.`)
    } else {
      await ctx.kms('UpdateAlias', { AliasName: ALIAS, TargetKeyId: key.KeyId })
      ctx.fact(
        `The key of the earlier visit already has material, so a new key with Origin EXTERNAL (${key.KeyId}) was made and ${ALIAS} moved to it; the old key stays in the account.`,
      )
    }
    keep(ctx, key)
  },
  steps: [
    {
      title: 'A key without key material',
      explain:
        'CreateKey with Origin EXTERNAL makes a key with no material: it is PendingImport and cannot encrypt until you import material.',
      action: 'Describe the key and try to encrypt',
      async run(ctx) {
        const keyId = ctx.read(KEY_ID)
        const { KeyMetadata } = await ctx.kms('DescribeKey', { KeyId: keyId })
        ctx.fact(`Origin: ${KeyMetadata.Origin}; KeyState: ${KeyMetadata.KeyState}.`)
        const error = await ctx.expectError('KMSInvalidStateException', () =>
          ctx.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('too early') }),
        )
        ctx.fact(`Encrypt: ${error.name}: ${error.message}`)
      },
    },
    {
      title: 'Get a wrapping key and an import token',
      explain:
        'GetParametersForImport returns an RSA public key to wrap your material with and an import token. Both belong to this key and are valid for 24 hours.',
      action: 'Get the import parameters',
      async run(ctx) {
        const out = await ctx.kms('GetParametersForImport', {
          KeyId: ctx.read(KEY_ID),
          WrappingAlgorithm: WRAPPING_ALGORITHM,
          WrappingKeySpec: 'RSA_2048',
        })
        ctx.note('importToken', noteBlob(out.ImportToken))
        ctx.note('publicKey', noteBlob(out.PublicKey))
        ctx.fact(`PublicKey: an RSA_2048 public key (${out.PublicKey.length} bytes, DER).`)
        ctx.fact(`ParametersValidTo: ${dateText(out.ParametersValidTo)}.`)
      },
    },
    {
      title: 'Wrap your material and import it',
      explain:
        'Wrap 256 bits of key material under the public key (RSAES_OAEP_SHA_256), then ImportKeyMaterial with the token. It expires in one hour (KEY_MATERIAL_EXPIRES with ValidTo).',
      action: 'Wrap and import, valid for one hour',
      async run(ctx) {
        const wrapped = await wrapNew(ctx)
        ctx.note('wrapped', noteBlob(wrapped))
        ctx.fact(HSM_NOTE)
        const validTo = new Date(ctx.account.now() + VALID_FOR_MS)
        const out = await ctx.kms('ImportKeyMaterial', {
          KeyId: ctx.read(KEY_ID),
          ImportToken: blobNoted(ctx.read('importToken')),
          EncryptedKeyMaterial: wrapped,
          ExpirationModel: 'KEY_MATERIAL_EXPIRES',
          ValidTo: validTo,
        })
        ctx.note('firstMaterial', out.KeyMaterialId)
        const { KeyMetadata } = await ctx.kms('DescribeKey', { KeyId: ctx.read(KEY_ID) })
        ctx.fact(`KeyState: ${KeyMetadata.KeyState}; KeyMaterialId: ${out.KeyMaterialId}.`)
        ctx.fact(`ValidTo: ${dateText(validTo)}.`)
        const { CiphertextBlob } = await ctx.kms('Encrypt', {
          KeyId: ctx.read(KEY_ID),
          Plaintext: utf8('sealed with my own key'),
        })
        ctx.note('before', noteBlob(CiphertextBlob))
        ctx.fact(`Encrypt works now: ${CiphertextBlob.length} bytes of ciphertext, kept for later.`)
      },
    },
    {
      title: 'Let the material expire',
      explain:
        'Move the sandbox clock past ValidTo. KMS deletes expired material by itself: the key goes back to PendingImport and nothing it encrypted can be decrypted.',
      action: 'Advance the clock one hour',
      async run(ctx) {
        const ms = VALID_FOR_MS + 60_000
        await ctx.account.advanceClock(ms)
        ctx.record({
          service: 'clock',
          operation: 'Advance',
          request: { minutes: ms / 60_000 },
          response: { now: dateText(ctx.account.now()) },
        })
        const { KeyMetadata } = await ctx.kms('DescribeKey', { KeyId: ctx.read(KEY_ID) })
        ctx.fact(`KeyState: ${KeyMetadata.KeyState}.`)
        const error = await ctx.expectError('KMSInvalidStateException', () =>
          ctx.kms('Decrypt', { CiphertextBlob: blobNoted(ctx.read('before')) }),
        )
        ctx.fact(`Decrypt: ${error.name}: ${error.message}`)
      },
    },
    {
      title: 'Other material will not do',
      explain:
        'A key that had material accepts only that same material again. KMS cannot restore it for you: keep a copy of your material.',
      action: 'Try to import different material',
      async run(ctx) {
        const wrapped = await wrapNew(ctx)
        const error = await ctx.expectError('IncorrectKeyMaterialException', () =>
          ctx.kms('ImportKeyMaterial', {
            KeyId: ctx.read(KEY_ID),
            ImportToken: blobNoted(ctx.read('importToken')),
            EncryptedKeyMaterial: wrapped,
            ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
          }),
        )
        ctx.fact(`ImportKeyMaterial: ${error.name}.`)
      },
    },
    {
      title: 'Import the same material again',
      explain:
        'Import the original material once more, this time without expiry. The key is Enabled again and the old ciphertext decrypts.',
      action: 'Re-import the same material',
      async run(ctx) {
        const out = await ctx.kms('ImportKeyMaterial', {
          KeyId: ctx.read(KEY_ID),
          ImportToken: blobNoted(ctx.read('importToken')),
          EncryptedKeyMaterial: blobNoted(ctx.read('wrapped')),
          ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
        })
        ctx.fact(
          'Your HSM still holds the material; the scenario reuses the wrapped copy and the token from before (still within their 24 hours).',
        )
        ctx.fact(
          out.KeyMaterialId === ctx.read('firstMaterial')
            ? `Same KeyMaterialId as before: ${out.KeyMaterialId}.`
            : `KeyMaterialId: ${out.KeyMaterialId}.`,
        )
        const plain = await ctx.kms('Decrypt', { CiphertextBlob: blobNoted(ctx.read('before')) })
        ctx.fact(`Plaintext: “${textOf(plain.Plaintext)}”`)
      },
    },
    {
      title: 'Rotate on demand into new material',
      explain:
        'Import new material with ImportType NEW_KEY_MATERIAL (it waits as PENDING_ROTATION), then RotateKeyOnDemand makes it current. Automatic rotation is not available for imported material.',
      action: 'Import new material and rotate',
      async run(ctx) {
        const keyId = ctx.read(KEY_ID)
        const error = await ctx.expectError('UnsupportedOperationException', () =>
          ctx.kms('EnableKeyRotation', { KeyId: keyId }),
        )
        ctx.fact(`EnableKeyRotation: ${error.name}: ${error.message}`)
        await ctx.kms('ImportKeyMaterial', {
          KeyId: keyId,
          ImportToken: blobNoted(ctx.read('importToken')),
          EncryptedKeyMaterial: await wrapNew(ctx),
          ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
          ImportType: 'NEW_KEY_MATERIAL',
        })
        await ctx.kms('RotateKeyOnDemand', { KeyId: keyId })
        const { Rotations } = await ctx.kms('ListKeyRotations', {
          KeyId: keyId,
          IncludeKeyMaterial: 'ALL_KEY_MATERIAL',
        })
        for (const r of Rotations) {
          ctx.fact(`${r.KeyMaterialId.slice(0, 12)}…: ${r.KeyMaterialState}, ${r.ImportState}.`)
        }
        const plain = await ctx.kms('Decrypt', { CiphertextBlob: blobNoted(ctx.read('before')) })
        ctx.fact(`The old ciphertext still decrypts: “${textOf(plain.Plaintext)}”`)
      },
    },
  ],
}

/** A key of an earlier visit that never got material: the first step can start on it. */
function isUnused(key: KeyMetadata): boolean {
  return (
    key.Origin === 'EXTERNAL' &&
    key.KeyState === 'PendingImport' &&
    key.CurrentKeyMaterialId === undefined
  )
}

function keep(ctx: StepContext, key: KeyMetadata): void {
  ctx.note(KEY_ID, key.KeyId)
  ctx.note(KEY_ARN, key.Arn)
}

/** New material from the stand-in HSM, wrapped under the noted public key. */
async function wrapNew(ctx: StepContext): Promise<Uint8Array> {
  return wrapMaterialForImport(
    await generateMaterialToImport(),
    blobNoted(ctx.read('publicKey')),
    WRAPPING_ALGORITHM,
  )
}
