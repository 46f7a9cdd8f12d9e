/**
 * The teaching walkthrough of the sandbox's envelope scenario, one call per step:
 * GenerateDataKey → encrypt locally → discard the plaintext key → store the encrypted key with
 * the data → Decrypt the data key → decrypt locally.
 */
import { describe, expect, it } from 'vitest'
import { decryptDataKey, generateDataKey } from './data-key.ts'
import { decryptWithDataKey, encryptWithDataKey } from './envelope-bytes.ts'
import { EnvelopeIntegrityError } from './envelope-error.ts'
import { parseEnvelopeHeader } from './parse-envelope.ts'
import { createFakeDataKeyService } from './testing/fake-data-key-service.ts'
import { patternBytes } from './testing/stream-test-utils.ts'

describe('step-by-step envelope encryption', () => {
  it('walks through every step and shows each part of the stored envelope', async () => {
    const kms = createFakeDataKeyService()
    const keyArn = await kms.createKey(undefined, 'alias/walkthrough')
    const context = { file: 'report.pdf' }
    const plaintext = patternBytes(2500)

    // 1. GenerateDataKey: KMS returns the plaintext key and its encrypted copy.
    const dataKey = await generateDataKey(kms, {
      keyId: 'alias/walkthrough',
      encryptionContext: context,
    })
    expect(dataKey.keyId).toBe(keyArn)
    // 3. The plaintext key is gone: the bytes KMS returned are zero and the CryptoKey cannot be
    // exported.
    expect(kms.returnedPlaintexts[0]).toEqual(new Uint8Array(32))
    expect(dataKey.key.extractable).toBe(false)
    await expect(globalThis.crypto.subtle.exportKey('raw', dataKey.key)).rejects.toThrow()

    // 2 + 4. Encrypt locally; the envelope stores the encrypted data key with the data.
    const envelope = await encryptWithDataKey(dataKey, plaintext, { frameSize: 1000 })
    const parts = parseEnvelopeHeader(envelope)
    expect(parts).toMatchObject({
      formatVersion: 1,
      keyId: keyArn,
      encryptionContext: context,
      encryptedDataKey: dataKey.encryptedDataKey,
      frameSize: 1000,
      frameCount: 3,
      plaintextLength: 2500,
    })
    expect(
      parts.frames.map(({ sequenceNumber, final, plaintextLength }) => [
        sequenceNumber,
        final,
        plaintextLength,
      ]),
    ).toEqual([
      [1, false, 1000],
      [2, false, 1000],
      [3, true, 500],
    ])
    expect(parts.frames[0]!.offset).toBe(parts.headerLength)
    expect(parts.frames.at(-1)!.offset + parts.frames.at(-1)!.byteLength).toBe(envelope.length)

    // 5. Decrypt the stored data key with KMS (the context must match).
    const recovered = await decryptDataKey(kms, parts, { encryptionContext: context })
    expect(recovered.keyId).toBe(keyArn)

    // 6. Decrypt locally.
    expect(await decryptWithDataKey(recovered, envelope)).toEqual(plaintext)
  })

  it('a different data key cannot open the envelope: the header tag fails', async () => {
    const kms = createFakeDataKeyService()
    const keyArn = await kms.createKey()
    const envelope = await encryptWithDataKey(
      await generateDataKey(kms, { keyId: keyArn }),
      patternBytes(10),
    )
    const other = await generateDataKey(kms, { keyId: keyArn })
    await expect(decryptWithDataKey(other, envelope)).rejects.toMatchObject({ code: 'header-tag' })
  })

  it('parseEnvelopeHeader reports structural truncation and trailing bytes', async () => {
    const kms = createFakeDataKeyService()
    const dataKey = await generateDataKey(kms, { keyId: await kms.createKey() })
    const envelope = await encryptWithDataKey(dataKey, patternBytes(300), { frameSize: 100 })
    expect(() => parseEnvelopeHeader(envelope.subarray(0, envelope.length - 1))).toThrow(
      EnvelopeIntegrityError,
    )
    expect(() => parseEnvelopeHeader(Uint8Array.from([...envelope, 0]))).toThrow(
      'after the final frame',
    )
  })
})
