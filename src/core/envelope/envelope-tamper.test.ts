import { beforeAll, describe, expect, it } from 'vitest'
import { concatBytes } from './bytes.ts'
import { EnvelopeError, EnvelopeFormatError, EnvelopeIntegrityError } from './envelope-error.ts'
import { decryptStream, encryptStream } from './envelope-stream.ts'
import type { EnvelopeParts } from './parse-envelope.ts'
import { parseEnvelopeHeader } from './parse-envelope.ts'
import { createFakeDataKeyService } from './testing/fake-data-key-service.ts'
import type { FakeDataKeyService } from './testing/fake-data-key-service.ts'
import { chunksOf, patternBytes, pump, pumpOrThrow } from './testing/stream-test-utils.ts'

const F = 16
const context = { app: 'keydeck', file: 'notes.txt' }
const plaintext = patternBytes(3 * F + 5, 42) // frames: 16, 16, 16, 5 (final)
let kms: FakeDataKeyService
let keyArn: string
let envelope: Uint8Array
let parts: EnvelopeParts

beforeAll(async () => {
  kms = createFakeDataKeyService()
  keyArn = await kms.createKey()
  const transform = await encryptStream(kms, {
    keyId: keyArn,
    encryptionContext: context,
    frameSize: F,
  })
  envelope = await pumpOrThrow(transform, [plaintext])
  parts = parseEnvelopeHeader(envelope)
})

function decrypt(
  bytes: Uint8Array,
  options: Parameters<typeof decryptStream>[1] = {},
  chunkSize = 1000,
) {
  return pump(decryptStream(kms, options), chunksOf(bytes, chunkSize))
}

function flipped(bytes: Uint8Array, index: number, mask = 0x01): Uint8Array {
  const copy = bytes.slice()
  copy[index] = (copy[index] ?? 0) ^ mask
  return copy
}

function frameBytes(index: number): Uint8Array {
  const frame = parts.frames[index]!
  return envelope.subarray(frame.offset, frame.offset + frame.byteLength)
}

function withFrames(order: readonly number[]): Uint8Array {
  return concatBytes([parts.bytes, ...order.map(frameBytes)])
}

/** Offsets of the header fields, read from the parsed header rather than hard-coded. */
function headerRegions() {
  const keyIdEnd = 32 + new TextEncoder().encode(parts.keyId).length
  const edkEnd = parts.headerLength - 16
  const edkStart = edkEnd - parts.encryptedDataKey.length
  return { keyIdEnd, edkStart, edkEnd }
}

async function expectIntegrity(bytes: Uint8Array, code: string, options = {}) {
  const { error } = await decrypt(bytes, options)
  expect(error).toBeInstanceOf(EnvelopeIntegrityError)
  expect((error as EnvelopeIntegrityError).code).toBe(code)
}

describe('tampering is detected', () => {
  it('the untouched envelope decrypts', async () => {
    const { output, error } = await decrypt(envelope)
    expect(error).toBeUndefined()
    expect(output).toEqual(plaintext)
  })

  it(
    'flipping any single bit of any byte fails with a typed envelope error',
    { timeout: 30_000 },
    async () => {
      for (let index = 0; index < envelope.length; index++) {
        for (const mask of [0x01, 0x80]) {
          const { error, output } = await decrypt(flipped(envelope, index, mask))
          if (!(error instanceof EnvelopeError))
            throw new Error(`flip of byte ${index} (mask ${mask}) undetected`)
          // Whatever was released before the failure is a prefix of the true plaintext.
          expect(plaintext.subarray(0, output.length)).toEqual(output)
        }
      }
    },
  )

  it('magic, version and algorithm bytes: EnvelopeFormatError', async () => {
    for (const [index, code] of [
      [0, 'magic'],
      [3, 'magic'],
      [4, 'version'],
      [5, 'algorithm'],
    ] as const) {
      const { error } = await decrypt(flipped(envelope, index))
      expect(error).toBeInstanceOf(EnvelopeFormatError)
      expect((error as EnvelopeFormatError).code).toBe(code)
    }
  })

  it('header length field: EnvelopeFormatError, or truncation if it points past the end', async () => {
    const { error } = await decrypt(flipped(envelope, 9))
    expect(error).toBeInstanceOf(EnvelopeError)
  })

  it('message id or frame size: the header auth tag fails', async () => {
    await expectIntegrity(flipped(envelope, 10), 'header-tag') // message id
    await expectIntegrity(flipped(envelope, 25), 'header-tag') // message id, last byte (not in IV)
    await expectIntegrity(flipped(envelope, 29), 'header-tag') // frame size 16 -> 17
  })

  it('the key ARN: KMS refuses the header (NotFoundException or IncorrectKeyException)', async () => {
    const { error } = await decrypt(flipped(envelope, headerRegions().keyIdEnd - 1))
    expect(error).toMatchObject({ code: 'data-key', cause: { name: 'NotFoundException' } })
    // Point the header at another existing key: KMS sees the blob was made under a different key.
    const otherArn = await kms.createKey('1234abcd-12ab-34cd-56ef-000000000000')
    expect(otherArn).toHaveLength(keyArn.length)
    const swapped = envelope.slice()
    swapped.set(new TextEncoder().encode(otherArn), 32)
    const swappedResult = await decrypt(swapped)
    expect(swappedResult.error).toBeInstanceOf(EnvelopeIntegrityError)
    expect(swappedResult.error).toMatchObject({
      code: 'data-key',
      cause: { name: 'IncorrectKeyException' },
    })
  })

  it('the encryption context: KMS Decrypt fails, or the expected context does not match', async () => {
    const contextValueByte = headerRegions().edkStart - 4 // inside the last context value
    await expectIntegrity(flipped(envelope, contextValueByte), 'data-key')
    await expectIntegrity(flipped(envelope, contextValueByte), 'context-mismatch', {
      encryptionContext: context,
    })
  })

  it('the encrypted data key: KMS Decrypt fails (InvalidCiphertextException)', async () => {
    const { edkStart, edkEnd } = headerRegions()
    for (const index of [edkStart + 40, edkEnd - 1]) {
      const { error } = await decrypt(flipped(envelope, index))
      expect(error).toBeInstanceOf(EnvelopeIntegrityError)
      expect((error as EnvelopeIntegrityError).code).toBe('data-key')
      expect((error as Error).cause).toMatchObject({ name: 'InvalidCiphertextException' })
    }
  })

  it('the header auth tag', async () => {
    await expectIntegrity(flipped(envelope, parts.headerLength - 1), 'header-tag')
  })

  it('a frame ciphertext byte or tag byte fails that frame; earlier frames were released', async () => {
    const second = parts.frames[1]!
    for (const index of [second.offset + 9, second.offset + second.byteLength - 1]) {
      const { error, output } = await decrypt(flipped(envelope, index), {}, 1)
      expect(error).toBeInstanceOf(EnvelopeIntegrityError)
      expect((error as EnvelopeIntegrityError).code).toBe('frame-tag')
      expect((error as Error).message).toBe('frame 2 failed authentication')
      expect(output).toEqual(plaintext.subarray(0, F))
    }
  })

  it('setting the final flag on a regular frame (a forged early end) fails its tag', async () => {
    const first = parts.frames[0]!
    const forged = flipped(envelope, first.offset + 4).subarray(0, first.offset + first.byteLength)
    const { error, output } = await decrypt(forged)
    expect((error as EnvelopeIntegrityError).code).toBe('frame-tag')
    expect(output).toHaveLength(0)
  })

  it('clearing the final flag of the last frame is a format error (short regular frame)', async () => {
    const last = parts.frames[3]!
    const { error } = await decrypt(flipped(envelope, last.offset + 4))
    expect(error).toBeInstanceOf(EnvelopeFormatError)
  })
})

describe('truncation', () => {
  it('at every frame boundary fails as truncated', async () => {
    for (const frame of parts.frames) {
      const { error } = await decrypt(envelope.subarray(0, frame.offset))
      expect((error as EnvelopeIntegrityError).code).toBe('truncated')
    }
    const { error } = await decrypt(envelope.subarray(0, parts.headerLength))
    expect((error as Error).message).toBe(
      'envelope is truncated: the stream ended after the header, before any frame',
    )
  })

  it('at every byte fails, and never with a wrong plaintext', { timeout: 30_000 }, async () => {
    for (let length = 0; length < envelope.length; length++) {
      const { error, output } = await decrypt(envelope.subarray(0, length), {}, 7)
      expect(error).toBeInstanceOf(EnvelopeError)
      expect(plaintext.subarray(0, output.length)).toEqual(output)
    }
  })

  it('names where the stream stopped', async () => {
    const message = async (length: number) =>
      ((await decrypt(envelope.subarray(0, length))).error as Error).message
    expect(await message(0)).toBe(
      'envelope is truncated: the stream ended before the envelope header',
    )
    expect(await message(12)).toBe(
      'envelope is truncated: the stream ended inside the envelope header',
    )
    expect(await message(parts.frames[2]!.offset)).toBe(
      'envelope is truncated: the stream ended after frame 2, before the final frame',
    )
  })

  it('mid-frame names the frame', async () => {
    const third = parts.frames[2]!
    const { error } = await decrypt(envelope.subarray(0, third.offset + 12))
    expect((error as Error).message).toBe('envelope is truncated: the stream ended inside frame 3')
  })
})

describe('frame order', () => {
  it('swapping two frames is detected', async () => {
    await expectIntegrity(withFrames([1, 0, 2, 3]), 'frame-order')
  })

  it('duplicating a frame is detected', async () => {
    await expectIntegrity(withFrames([0, 0, 1, 2, 3]), 'frame-order')
  })

  it('dropping a middle frame is detected', async () => {
    await expectIntegrity(withFrames([0, 2, 3]), 'frame-order')
  })

  it('rewriting a moved frame’s sequence number does not help: its IV no longer matches', async () => {
    const moved = withFrames([0, 2, 1, 3])
    const at = parts.headerLength + frameBytes(0).length
    moved.set([0, 0, 0, 2], at) // frame 3 now claims to be frame 2
    await expectIntegrity(moved, 'frame-tag')
  })

  it('bytes after the final frame (e.g. a duplicated final frame) are rejected', async () => {
    await expectIntegrity(withFrames([0, 1, 2, 3, 3]), 'trailing-data')
    await expectIntegrity(concatBytes([envelope, Uint8Array.of(0)]), 'trailing-data')
  })

  it('a frame spliced from another message with the same frame size fails', async () => {
    const transform = await encryptStream(kms, {
      keyId: keyArn,
      encryptionContext: context,
      frameSize: F,
    })
    const other = await pumpOrThrow(transform, [plaintext])
    const foreign = parseEnvelopeHeader(other).frames[1]!
    const spliced = concatBytes([
      parts.bytes,
      frameBytes(0),
      other.subarray(foreign.offset, foreign.offset + foreign.byteLength),
      frameBytes(2),
      frameBytes(3),
    ])
    await expectIntegrity(spliced, 'frame-tag')
  })
})

describe('caller expectations', () => {
  it('a different expected context fails before KMS is asked', async () => {
    const calls = kms.calls.length
    await expectIntegrity(envelope, 'context-mismatch', {
      encryptionContext: { ...context, file: 'other' },
    })
    await expectIntegrity(envelope, 'context-mismatch', { encryptionContext: { app: 'keydeck' } })
    await expectIntegrity(envelope, 'context-mismatch', { encryptionContext: {} })
    expect(kms.calls.length).toBe(calls)
  })

  it('the expected context matches regardless of key order', async () => {
    const { error } = await decrypt(envelope, {
      encryptionContext: { file: 'notes.txt', app: 'keydeck' },
    })
    expect(error).toBeUndefined()
  })

  it('an unexpected KMS key fails before KMS is asked; key id or ARN are both accepted', async () => {
    const calls = kms.calls.length
    await expectIntegrity(envelope, 'key-mismatch', {
      expectedKeyId: 'arn:aws:kms:us-east-1:111122223333:key/other',
    })
    expect(kms.calls.length).toBe(calls)
    const keyId = keyArn.split('/').pop()!
    expect((await decrypt(envelope, { expectedKeyId: keyId })).error).toBeUndefined()
    expect((await decrypt(envelope, { expectedKeyId: keyArn })).error).toBeUndefined()
  })
})
