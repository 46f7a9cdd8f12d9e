/**
 * Whole-buffer envelope encryption (used by bench/kms-bench.ts and the sandbox walkthrough). Same format as
 * the streams (docs/envelope-format.md), but the output size is known up front, so frames are
 * written straight into one preallocated buffer while the next frames' AES-GCM calls run (on
 * WebCrypto's worker threads in Node): about the speed of one raw crypto.subtle.encrypt over the
 * whole input.
 */
import type { DataKeyService } from './data-key-service.ts'
import { decryptDataKey, generateDataKey } from './data-key.ts'
import type { DataKey } from './data-key.ts'
import { openFrame, openHeader, sealFrame, sealHeader } from './envelope-cipher.ts'
import { TAG_LENGTH } from './envelope-header.ts'
import type { EnvelopeHeader } from './envelope-header.ts'
import { DEFAULT_FRAME_SIZE } from './envelope-stream.ts'
import type { DecryptOptions, EncryptOptions } from './envelope-stream.ts'
import type { DataKeyProvider } from './frame-decryptor.ts'
import { FRAME_HEADER_LENGTH, MAX_SEQUENCE_NUMBER } from './frame.ts'
import { parseEnvelopeHeader } from './parse-envelope.ts'

/** GenerateDataKey, then encrypt locally. */
export async function encryptBytes(
  service: DataKeyService,
  plaintext: Uint8Array,
  options: EncryptOptions,
): Promise<Uint8Array> {
  return encryptWithDataKey(await generateDataKey(service, options), plaintext, options)
}

/** Parse, KMS Decrypt the data key, then decrypt locally; all frames verify or nothing returns. */
export async function decryptBytes(
  service: DataKeyService,
  envelope: Uint8Array,
  options: DecryptOptions = {},
): Promise<Uint8Array> {
  return decryptWith(envelope, async (header) => {
    options.onHeader?.(header)
    return (await decryptDataKey(service, header, options)).key
  })
}

/** The local half of encryption, for a data key you already hold (walkthrough steps 2-4). */
export async function encryptWithDataKey(
  dataKey: DataKey,
  plaintext: Uint8Array,
  options: { readonly frameSize?: number } = {},
): Promise<Uint8Array> {
  const frameSize = options.frameSize ?? DEFAULT_FRAME_SIZE
  const sealed = await sealHeader(dataKey, frameSize)
  // Same framing as FrameEncryptor: full frames, the last one final (empty for empty input).
  const frameCount = Math.max(1, Math.ceil(plaintext.length / frameSize))
  if (frameCount > MAX_SEQUENCE_NUMBER) {
    throw new RangeError('message too long: more than 2^32 - 1 frames; use a larger frame size')
  }
  const frameOverhead = FRAME_HEADER_LENGTH + TAG_LENGTH
  const out = new Uint8Array(sealed.bytes.length + frameCount * frameOverhead + plaintext.length)
  out.set(sealed.bytes)
  const seal = (sequenceNumber: number) => {
    const start = (sequenceNumber - 1) * frameSize
    const end = Math.min(start + frameSize, plaintext.length)
    const frame = { sequenceNumber, final: sequenceNumber === frameCount, length: end - start }
    return sealFrame(sealed, frame, plaintext.subarray(start, end))
  }
  let offset = sealed.bytes.length
  await pipelined(frameCount, seal, ([frameHeader, ciphertext]) => {
    out.set(frameHeader, offset)
    out.set(ciphertext, offset + FRAME_HEADER_LENGTH)
    offset += FRAME_HEADER_LENGTH + ciphertext.length
  })
  return out
}

/** The local half of decryption, for a data key you already hold (walkthrough step 6). */
export async function decryptWithDataKey(
  dataKey: DataKey,
  envelope: Uint8Array,
): Promise<Uint8Array> {
  return decryptWith(envelope, () => Promise.resolve(dataKey.key))
}

async function decryptWith(
  envelope: Uint8Array,
  keyProvider: DataKeyProvider,
): Promise<Uint8Array> {
  // Structure first (truncation, order, trailing bytes), so a broken file never reaches KMS.
  const parts = parseEnvelopeHeader(envelope)
  const header: EnvelopeHeader = parts
  const message = await openHeader(await keyProvider(header), header)
  const out = new Uint8Array(parts.plaintextLength)
  let offset = 0
  await pipelined(
    parts.frameCount,
    (sequenceNumber) => {
      const frame = parts.frames[sequenceNumber - 1]
      if (!frame) throw new Error('unreachable: frame index out of range')
      const frameHeader = envelope.subarray(frame.offset, frame.offset + FRAME_HEADER_LENGTH)
      const sealed = envelope.subarray(
        frame.offset + FRAME_HEADER_LENGTH,
        frame.offset + frame.byteLength,
      )
      const { final, plaintextLength: length } = frame
      return openFrame(message, { sequenceNumber, final, length }, frameHeader, sealed)
    },
    (plaintext) => {
      out.set(plaintext, offset)
      offset += plaintext.length
    },
  )
  return out
}

/**
 * GCM calls kept in flight while earlier frames are copied: enough to keep Node's 4 WebCrypto
 * worker threads busy, and only this many frames of extra memory.
 */
const LOOK_AHEAD = 4

/**
 * Runs start(1..count) with up to LOOK_AHEAD operations in flight, consuming results in order.
 * A failure stops at that frame; failures of the look-ahead are then ignored.
 */
async function pipelined<T>(
  count: number,
  start: (sequenceNumber: number) => Promise<T>,
  consume: (result: T) => void,
): Promise<void> {
  const inFlight: Promise<T>[] = []
  let started = 0
  const fill = () => {
    while (started < count && inFlight.length < LOOK_AHEAD) {
      const next = start(++started)
      // Handled when awaited; this only avoids an unhandled rejection if we stop early.
      next.catch(() => undefined)
      inFlight.push(next)
    }
  }
  fill()
  for (let current = inFlight.shift(); current; current = inFlight.shift()) {
    fill()
    consume(await current)
  }
}
