import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { decryptBytes, encryptBytes } from './envelope-bytes.ts'
import { decryptStream, DEFAULT_FRAME_SIZE, encryptStream } from './envelope-stream.ts'
import { parseEnvelopeHeader } from './parse-envelope.ts'
import { createFakeDataKeyService } from './testing/fake-data-key-service.ts'
import type { FakeDataKeyService } from './testing/fake-data-key-service.ts'
import {
  chunksOf,
  firstDifference,
  patternBytes,
  pumpOrThrow,
  splitAt,
} from './testing/stream-test-utils.ts'

const F = 64 // small frames keep every edge case cheap
const context = { purpose: 'test', tenant: 'ünïcode ✓' }
let kms: FakeDataKeyService
let keyArn: string

beforeAll(async () => {
  kms = createFakeDataKeyService()
  keyArn = await kms.createKey('1234abcd-12ab-34cd-56ef-1234567890ab', 'alias/test')
})

async function encryptChunks(plaintextChunks: readonly Uint8Array[], frameSize = F) {
  const transform = await encryptStream(kms, {
    keyId: 'alias/test',
    encryptionContext: context,
    frameSize,
  })
  return pumpOrThrow(transform, plaintextChunks)
}

async function decryptChunks(envelopeChunks: readonly Uint8Array[]) {
  return pumpOrThrow(
    decryptStream(kms, { encryptionContext: context, expectedKeyId: keyArn }),
    envelopeChunks,
  )
}

describe('round trip', () => {
  const sizes = [0, 1, F - 1, F, F + 1, 2 * F, 3 * F + 5, 10 * F]
  it.each(sizes)('%i bytes through encryptBytes/decryptBytes', async (size) => {
    const plaintext = patternBytes(size, size + 1)
    const envelope = await encryptBytes(kms, plaintext, {
      keyId: keyArn,
      encryptionContext: context,
      frameSize: F,
    })
    expect(await decryptBytes(kms, envelope, { encryptionContext: context })).toEqual(plaintext)
  })

  it.each([
    [0, 1],
    [1, 1],
    [F - 1, 1],
    [F, 1],
    [F + 1, 2],
    [2 * F, 2],
    [2 * F + 1, 3],
  ])(
    '%i bytes make %i frame(s); only the last is final and it may be short or empty',
    async (size, count) => {
      const envelope = await encryptChunks([patternBytes(size)])
      const parts = parseEnvelopeHeader(envelope)
      expect(parts.frameCount).toBe(count)
      expect(parts.frames.map((f) => f.final)).toEqual([...Array(count - 1).fill(false), true])
      expect(parts.frames.slice(0, -1).every((f) => f.plaintextLength === F)).toBe(true)
      expect(parts.plaintextLength).toBe(size)
    },
  )

  const chunkSizes = [1, 7, F - 1, F, F + 1, 5 * F]
  it.each(chunkSizes)(
    're-frames input chunks of %i bytes into the same frame layout',
    async (chunkSize) => {
      const plaintext = patternBytes(4 * F + 3, 7)
      const envelope = await encryptChunks(chunksOf(plaintext, chunkSize))
      expect(parseEnvelopeHeader(envelope).frames.map((f) => f.plaintextLength)).toEqual([
        F,
        F,
        F,
        F,
        3,
      ])
      expect(await decryptChunks(chunksOf(envelope, chunkSize))).toEqual(plaintext)
    },
  )

  it('empty chunks in the input are harmless', async () => {
    const plaintext = patternBytes(2 * F)
    const empty = new Uint8Array(0)
    const envelope = await encryptChunks([
      empty,
      plaintext.subarray(0, 10),
      empty,
      plaintext.subarray(10),
      empty,
    ])
    expect(await decryptChunks([empty, envelope, empty])).toEqual(plaintext)
  })

  it(
    'any split of plaintext and envelope round-trips (fast-check)',
    { timeout: 30_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 6 * F }),
          fc.array(fc.nat({ max: 6 * F }), { maxLength: 12 }),
          fc.array(fc.nat({ max: 7 * F + 500 }), { maxLength: 12 }),
          fc.integer({ min: 1, max: 3 * F }),
          async (size, plaintextCuts, envelopeCuts, frameSize) => {
            const plaintext = patternBytes(size, size + 3)
            const envelope = await encryptChunks(splitAt(plaintext, plaintextCuts), frameSize)
            expect(parseEnvelopeHeader(envelope).frameCount).toBe(
              Math.max(1, Math.ceil(size / frameSize)),
            )
            expect(await decryptChunks(splitAt(envelope, envelopeCuts))).toEqual(plaintext)
          },
        ),
        { numRuns: 150 },
      )
    },
  )

  it('the same plaintext encrypts differently each time (fresh data key and message id)', async () => {
    const plaintext = patternBytes(100)
    const a = await encryptChunks([plaintext])
    const b = await encryptChunks([plaintext])
    expect(a).not.toEqual(b)
    expect(parseEnvelopeHeader(a).messageId).not.toEqual(parseEnvelopeHeader(b).messageId)
  })

  it(
    'uses a 1 MiB frame by default and handles a multi-megabyte input',
    { timeout: 30_000 },
    async () => {
      const plaintext = patternBytes(3 * DEFAULT_FRAME_SIZE + 17)
      const envelope = await encryptBytes(kms, plaintext, { keyId: keyArn })
      const parts = parseEnvelopeHeader(envelope)
      expect(parts.frameSize).toBe(1024 * 1024)
      expect(parts.frameCount).toBe(4)
      expect(firstDifference(await decryptBytes(kms, envelope), plaintext)).toBe(-1)
    },
  )
})

describe('KMS usage', () => {
  it('asks GenerateDataKey for AES_256 with the context, and Decrypt with the key ARN and context', async () => {
    const service = createFakeDataKeyService()
    const arn = await service.createKey(undefined, 'alias/k')
    const envelope = await encryptBytes(service, patternBytes(10), {
      keyId: 'alias/k',
      encryptionContext: context,
    })
    await decryptBytes(service, envelope)
    expect(service.calls).toEqual([
      {
        operation: 'GenerateDataKey',
        input: { KeyId: 'alias/k', KeySpec: 'AES_256', EncryptionContext: context },
      },
      {
        operation: 'Decrypt',
        input: {
          CiphertextBlob: parseEnvelopeHeader(envelope).encryptedDataKey,
          KeyId: arn,
          EncryptionContext: context,
        },
      },
    ])
    // The header stores the ARN KMS answered with, not the alias.
    expect(parseEnvelopeHeader(envelope).keyId).toBe(arn)
  })

  it('zeroes every plaintext data key KMS returned, and keeps the key non-extractable', async () => {
    const service = createFakeDataKeyService()
    const arn = await service.createKey()
    const envelope = await encryptBytes(service, patternBytes(10), { keyId: arn })
    await decryptBytes(service, envelope)
    expect(service.returnedPlaintexts).toHaveLength(2)
    for (const plaintext of service.returnedPlaintexts) {
      expect(plaintext).toEqual(new Uint8Array(32))
    }
  })

  it('passes KMS errors through unchanged when they are not about the ciphertext', async () => {
    const service = createFakeDataKeyService()
    await expect(
      encryptBytes(service, patternBytes(1), { keyId: 'alias/missing' }),
    ).rejects.toMatchObject({
      name: 'NotFoundException',
    })
  })
})
