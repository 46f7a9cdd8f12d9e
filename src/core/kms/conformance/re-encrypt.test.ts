// ReEncrypt: move a blob to another key or context without exposing the plaintext.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html
import {
  DisabledException,
  IncorrectKeyException,
  InvalidCiphertextException,
} from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createKeyId,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  text,
  utf8,
  type Sim,
} from './harness.ts'

describe('ReEncrypt', () => {
  let sim: Sim
  let source: string
  let destination: string
  let blob: Uint8Array
  const sourceContext = { stage: 'old' }
  const destinationContext = { stage: 'new' }

  beforeAll(async () => {
    sim = createSim()
    source = await createSymmetricKey(sim.sdk)
    destination = await createSymmetricKey(sim.sdk)
    await sim.sdk.createAlias({ AliasName: 'alias/dest', TargetKeyId: destination })
    const enc = await sim.sdk.encrypt({
      KeyId: source,
      Plaintext: utf8('moving'),
      EncryptionContext: sourceContext,
    })
    blob = enc.CiphertextBlob!
  })

  it('re-encrypts under another key and context, reporting both ARNs', async () => {
    const out = await sim.sdk.reEncrypt({
      CiphertextBlob: blob,
      SourceEncryptionContext: sourceContext,
      DestinationKeyId: 'alias/dest',
      DestinationEncryptionContext: destinationContext,
    })
    expect(out.SourceKeyId).toBe(keyArn(source))
    expect(out.KeyId).toBe(keyArn(destination))
    expect(out.SourceEncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT')
    expect(out.DestinationEncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT')
    const dec = await sim.sdk.decrypt({
      CiphertextBlob: out.CiphertextBlob,
      EncryptionContext: destinationContext,
    })
    expect(text(dec.Plaintext)).toBe('moving')
    expect(dec.KeyId).toBe(keyArn(destination))
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: out.CiphertextBlob, EncryptionContext: sourceContext }),
      InvalidCiphertextException,
    )
    await expectKmsError(
      sim.sdk.decrypt({
        CiphertextBlob: out.CiphertextBlob,
        KeyId: source,
        EncryptionContext: destinationContext,
      }),
      IncorrectKeyException,
    )
  })

  it('needs the source context', async () => {
    await expectKmsError(
      sim.sdk.reEncrypt({ CiphertextBlob: blob, DestinationKeyId: destination }),
      InvalidCiphertextException,
    )
  })

  it('checks SourceKeyId against the blob', async () => {
    await expectKmsError(
      sim.sdk.reEncrypt({
        CiphertextBlob: blob,
        SourceKeyId: destination,
        SourceEncryptionContext: sourceContext,
        DestinationKeyId: destination,
      }),
      IncorrectKeyException,
    )
    const ok = await sim.sdk.reEncrypt({
      CiphertextBlob: blob,
      SourceKeyId: keyArn(source),
      SourceEncryptionContext: sourceContext,
      DestinationKeyId: destination,
    })
    expect(ok.SourceKeyId).toBe(keyArn(source))
  })

  it('moves old ciphertext onto the current key material after rotation', async () => {
    const before = (await sim.sdk.describeKey({ KeyId: source })).KeyMetadata?.CurrentKeyMaterialId
    await sim.sdk.rotateKeyOnDemand({ KeyId: source })
    const after = (await sim.sdk.describeKey({ KeyId: source })).KeyMetadata?.CurrentKeyMaterialId
    expect(after).not.toBe(before)
    const out = await sim.sdk.reEncrypt({
      CiphertextBlob: blob,
      SourceEncryptionContext: sourceContext,
      DestinationKeyId: source,
      DestinationEncryptionContext: sourceContext,
    })
    expect(out.SourceKeyMaterialId).toBe(before)
    expect(out.DestinationKeyMaterialId).toBe(after)
    const dec = await sim.sdk.decrypt({
      CiphertextBlob: out.CiphertextBlob,
      EncryptionContext: sourceContext,
    })
    expect(dec.KeyMaterialId).toBe(after)
    expect(text(dec.Plaintext)).toBe('moving')
  })

  it('moves data between a symmetric key and an RSA key in both directions', async () => {
    const rsa = await createKeyId(sim.sdk, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })
    const toRsa = await sim.sdk.reEncrypt({
      CiphertextBlob: blob,
      SourceEncryptionContext: sourceContext,
      DestinationKeyId: rsa,
      DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    })
    expect(toRsa).toMatchObject({
      KeyId: keyArn(rsa),
      DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    })
    const opened = await sim.sdk.decrypt({
      CiphertextBlob: toRsa.CiphertextBlob,
      KeyId: rsa,
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    })
    expect(text(opened.Plaintext)).toBe('moving')
    const back = await sim.sdk.reEncrypt({
      CiphertextBlob: toRsa.CiphertextBlob,
      SourceKeyId: rsa,
      SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      DestinationKeyId: destination,
    })
    expect(back.SourceKeyId).toBe(keyArn(rsa))
    const dec = await sim.sdk.decrypt({ CiphertextBlob: back.CiphertextBlob })
    expect(text(dec.Plaintext)).toBe('moving')
  })

  it('refuses a disabled destination or source with DisabledException', async () => {
    await sim.sdk.disableKey({ KeyId: destination })
    await expectKmsError(
      sim.sdk.reEncrypt({
        CiphertextBlob: blob,
        SourceEncryptionContext: sourceContext,
        DestinationKeyId: destination,
      }),
      DisabledException,
      `${keyArn(destination)} is disabled.`,
    )
    await sim.sdk.enableKey({ KeyId: destination })
    await sim.sdk.disableKey({ KeyId: source })
    await expectKmsError(
      sim.sdk.reEncrypt({
        CiphertextBlob: blob,
        SourceEncryptionContext: sourceContext,
        DestinationKeyId: destination,
      }),
      DisabledException,
      `${keyArn(source)} is disabled.`,
    )
    await sim.sdk.enableKey({ KeyId: source })
  })
})
