import { beforeAll, describe, expect, it } from 'vitest'
import { decryptBytes, encryptBytes } from './envelope-bytes.ts'
import { EnvelopeError, EnvelopeIntegrityError } from './envelope-error.ts'
import { decryptStream, encryptStream } from './envelope-stream.ts'
import { parseEnvelopeHeader } from './parse-envelope.ts'
import { createFakeDataKeyService } from './testing/fake-data-key-service.ts'
import type { FakeDataKeyService } from './testing/fake-data-key-service.ts'
import { chunksOf, patternBytes, pumpOrThrow } from './testing/stream-test-utils.ts'

const F = 32
const context = { scope: 'bytes' }
let kms: FakeDataKeyService
let keyArn: string

beforeAll(async () => {
  kms = createFakeDataKeyService()
  keyArn = await kms.createKey()
})

const layout = (envelope: Uint8Array) =>
  parseEnvelopeHeader(envelope).frames.map((f) => [f.sequenceNumber, f.final, f.plaintextLength])

describe('whole-buffer and streaming paths write the same format', () => {
  it.each([0, 1, F - 1, F, F + 1, 3 * F + 5])(
    '%i bytes: same frame layout, and each reads the other',
    async (size) => {
      const plaintext = patternBytes(size, 9)
      const options = { keyId: keyArn, encryptionContext: context, frameSize: F }
      const fromBytes = await encryptBytes(kms, plaintext, options)
      const fromStream = await pumpOrThrow(
        await encryptStream(kms, options),
        chunksOf(plaintext, 7),
      )
      expect(layout(fromBytes)).toEqual(layout(fromStream))
      expect(fromBytes.length).toBe(fromStream.length)
      expect(
        await pumpOrThrow(
          decryptStream(kms, { encryptionContext: context }),
          chunksOf(fromBytes, 7),
        ),
      ).toEqual(plaintext)
      expect(await decryptBytes(kms, fromStream, { encryptionContext: context })).toEqual(plaintext)
    },
  )
})

describe('decryptBytes rejects damaged envelopes', () => {
  it(
    'any flipped byte or any truncation fails with a typed envelope error',
    { timeout: 30_000 },
    async () => {
      const envelope = await encryptBytes(kms, patternBytes(2 * F + 3), {
        keyId: keyArn,
        frameSize: F,
      })
      for (let index = 0; index < envelope.length; index++) {
        const damaged = envelope.slice()
        damaged[index] = (damaged[index] ?? 0) ^ 0x10
        await expect(decryptBytes(kms, damaged), `byte ${index}`).rejects.toBeInstanceOf(
          EnvelopeError,
        )
      }
      for (let length = 0; length < envelope.length; length++) {
        await expect(
          decryptBytes(kms, envelope.subarray(0, length)),
          `length ${length}`,
        ).rejects.toBeInstanceOf(EnvelopeError)
      }
    },
  )

  it('structural damage is found before KMS is called', async () => {
    const envelope = await encryptBytes(kms, patternBytes(3 * F), { keyId: keyArn, frameSize: F })
    const calls = kms.calls.length
    await expect(
      decryptBytes(kms, envelope.subarray(0, envelope.length - 1)),
    ).rejects.toMatchObject({
      code: 'truncated',
    })
    expect(kms.calls.length).toBe(calls)
  })

  it('reports the first bad frame even when the one after it is bad too', async () => {
    const envelope = await encryptBytes(kms, patternBytes(3 * F), { keyId: keyArn, frameSize: F })
    const frames = parseEnvelopeHeader(envelope).frames
    for (const frame of frames.slice(0, 2)) envelope[frame.offset + 12]! ^= 1
    const error = await decryptBytes(kms, envelope).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EnvelopeIntegrityError)
    expect((error as Error).message).toBe('frame 1 failed authentication')
  })

  it('calls onHeader with the parsed header before decrypting', async () => {
    const envelope = await encryptBytes(kms, patternBytes(5), {
      keyId: keyArn,
      encryptionContext: context,
    })
    const seen: string[] = []
    await decryptBytes(kms, envelope, { onHeader: (header) => seen.push(header.keyId) })
    expect(seen).toEqual([keyArn])
  })
})
