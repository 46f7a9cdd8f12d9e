/**
 * Frames by position, sealed and opened out of order (as the file screen's two workers do), are
 * the same format as the stream's, and every way of cutting, extending or rearranging an envelope
 * fails at the frame where it shows, with the stream decryptor's error.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { concatBytes } from './bytes.ts'
import { generateDataKey } from './data-key.ts'
import type { DataKey } from './data-key.ts'
import { decryptWithDataKey, encryptWithDataKey } from './envelope-bytes.ts'
import { openHeader, sealHeader } from './envelope-cipher.ts'
import type { MessageKey } from './envelope-cipher.ts'
import { decodeEnvelopeHeader } from './envelope-header.ts'
import {
  envelopeFrameCount,
  envelopeFramesRange,
  frameUnitLength,
  openFrameAt,
  plaintextFrameCount,
  plaintextFramesRange,
  sealFrameAt,
} from './frame-at.ts'
import { createFakeDataKeyService } from './testing/fake-data-key-service.ts'
import { patternBytes } from './testing/stream-test-utils.ts'

const F = 100
let dataKey: DataKey

beforeAll(async () => {
  const kms = createFakeDataKeyService()
  dataKey = await generateDataKey(kms, { keyId: await kms.createKey() })
})

/** Seals every frame, last to first, then assembles them in order after the header. */
async function sealOutOfOrder(plaintext: Uint8Array): Promise<Uint8Array> {
  const sealed = await sealHeader(dataKey, F)
  const count = plaintextFrameCount(plaintext.length, F)
  const frames: Uint8Array[] = []
  for (let n = count; n >= 1; n--) {
    const { start, end } = plaintextFramesRange(n, n, plaintext.length, F)
    frames[n - 1] = concatBytes(await sealFrameAt(sealed, n, count, plaintext.subarray(start, end)))
  }
  return concatBytes([sealed.bytes, ...frames])
}

/** Opens every frame of `envelope`, last to first; the plaintext, or the first error in order. */
async function openOutOfOrder(envelope: Uint8Array): Promise<Uint8Array> {
  const header = decodeEnvelopeHeader(envelope)
  const message: MessageKey = await openHeader(dataKey.key, header)
  const headerLength = header.bytes.length
  const count = envelopeFrameCount(envelope.length, headerLength, F)
  const opened: (Uint8Array | Error)[] = []
  for (let n = count; n >= 1; n--) {
    const { start, end } = envelopeFramesRange(n, n, envelope.length, headerLength, F)
    opened[n - 1] = await openFrameAt(message, F, n, count, envelope.subarray(start, end)).catch(
      (error: Error) => error,
    )
  }
  const error = opened.find((part) => part instanceof Error)
  if (error) throw error
  return concatBytes(opened as Uint8Array[])
}

describe('frames by position', () => {
  it.each([0, 1, F - 1, F, F + 1, 3 * F, 3 * F + 7])(
    'are the stream format both ways (%i bytes)',
    async (length) => {
      const plaintext = patternBytes(length)
      expect(await decryptWithDataKey(dataKey, await sealOutOfOrder(plaintext))).toEqual(plaintext)
      expect(
        await openOutOfOrder(await encryptWithDataKey(dataKey, plaintext, { frameSize: F })),
      ).toEqual(plaintext)
    },
  )

  it('counts frames the way the encryptor cuts them', () => {
    expect([0, 1, F, F + 1, 3 * F].map((n) => plaintextFrameCount(n, F))).toEqual([1, 1, 1, 2, 3])
    const unit = frameUnitLength(F)
    expect(envelopeFrameCount(50, 50, F)).toBe(1)
    expect(envelopeFrameCount(50 + 2 * unit, 50, F)).toBe(2)
    expect(envelopeFrameCount(50 + 2 * unit + 1, 50, F)).toBe(3)
  })
})

describe('a changed envelope fails at the frame where it shows', () => {
  let envelope: Uint8Array
  let headerLength: number
  const unit = frameUnitLength(F)
  beforeAll(async () => {
    envelope = await encryptWithDataKey(dataKey, patternBytes(3 * F + 7), { frameSize: F })
    headerLength = decodeEnvelopeHeader(envelope).bytes.length
  })
  const frame = (n: number) =>
    envelope.subarray(headerLength + (n - 1) * unit, headerLength + n * unit)

  it.each([
    [
      'cut inside a frame',
      () => envelope.subarray(0, envelope.length - 3),
      'truncated',
      'ended inside frame 4',
    ],
    [
      'cut after a full frame',
      () => envelope.subarray(0, headerLength + 2 * unit),
      'truncated',
      'ended after frame 2, before the final frame',
    ],
    [
      'cut after the header',
      () => envelope.subarray(0, headerLength),
      'truncated',
      'ended after the header, before any frame',
    ],
    [
      'cut inside a frame header',
      () => envelope.subarray(0, headerLength + unit + 4),
      'truncated',
      'ended inside frame 2',
    ],
    [
      'with bytes after the final frame',
      () => concatBytes([envelope, Uint8Array.of(0)]),
      'trailing-data',
      'unexpected bytes after the final frame',
    ],
    [
      'with a frame missing',
      () => concatBytes([envelope.subarray(0, headerLength), frame(1), frame(3), frame(4)]),
      'frame-order',
      'expected frame 2 but found frame 3',
    ],
    [
      'with two frames swapped',
      () =>
        concatBytes([envelope.subarray(0, headerLength), frame(2), frame(1), frame(3), frame(4)]),
      'frame-order',
      'expected frame 1 but found frame 2',
    ],
  ])('%s', async (_, changed, code, message) => {
    await expect(openOutOfOrder(changed())).rejects.toMatchObject({
      name: 'EnvelopeIntegrityError',
      code,
      message: expect.stringContaining(message),
    })
  })

  it('with a flipped ciphertext byte, naming the frame and giving none of its plaintext', async () => {
    const changed = envelope.slice()
    changed[headerLength + 2 * unit + 20]! ^= 1
    await expect(openOutOfOrder(changed)).rejects.toMatchObject({
      code: 'frame-tag',
      message: 'frame 3 failed authentication',
    })
  })

  it('with the final flag cleared, as a truncation after that frame', async () => {
    const changed = envelope.slice()
    // Frame 4 is the final one (7 bytes); its flag is byte 4 of its frame header.
    changed[headerLength + 3 * unit + 4] = 0
    await expect(openOutOfOrder(changed)).rejects.toMatchObject({ name: 'EnvelopeFormatError' })
  })
})
