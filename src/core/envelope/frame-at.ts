/**
 * One frame by its position, for sealing or opening frames out of order and on several threads
 * (the file screen's workers). Frames are independent given the message key and the sequence
 * number (the IV and the AAD carry both, docs/envelope-format.md "Frames"), and every frame's place
 * in the plaintext and in the envelope follows from the frame size alone: all frames but the last
 * are full, so frame N starts at (N - 1) × frame size in the plaintext and at header length +
 * (N - 1) × (frame size + 25) in the envelope.
 *
 * `openFrameAt` applies the checks FrameDecryptor applies in order (sequence number, length, tag,
 * final flag against the end of the input) with the same errors and messages, so reordering,
 * duplication, truncation and trailing bytes still fail, naming the frame, and no plaintext leaves
 * before its tag verified.
 */
import { EnvelopeIntegrityError } from './envelope-error.ts'
import { openFrame, sealFrame } from './envelope-cipher.ts'
import type { MessageKey } from './envelope-cipher.ts'
import { TAG_LENGTH } from './envelope-header.ts'
import { decodeFrameHeader, FRAME_HEADER_LENGTH, MAX_SEQUENCE_NUMBER } from './frame.ts'

/** A byte range [start, end). */
export interface ByteRange {
  readonly start: number
  readonly end: number
}

/** Envelope bytes of one full frame: frame header, ciphertext, tag. */
export function frameUnitLength(frameSize: number): number {
  return FRAME_HEADER_LENGTH + frameSize + TAG_LENGTH
}

/**
 * Frames of a plaintext: full frames, then a final one with the rest (empty when there is no
 * plaintext, full when the length is a multiple of the frame size), as FrameEncryptor cuts them.
 */
export function plaintextFrameCount(plaintextLength: number, frameSize: number): number {
  const count = Math.max(1, Math.ceil(plaintextLength / frameSize))
  if (count > MAX_SEQUENCE_NUMBER) {
    throw new RangeError('message too long: more than 2^32 - 1 frames; use a larger frame size')
  }
  return count
}

/** Where frames `first`..`last` (1-based, inclusive) lie in the plaintext. */
export function plaintextFramesRange(
  first: number,
  last: number,
  plaintextLength: number,
  frameSize: number,
): ByteRange {
  return {
    start: (first - 1) * frameSize,
    end: Math.min(last * frameSize, plaintextLength),
  }
}

/**
 * Frames an envelope of `envelopeLength` bytes must hold after a header of `headerLength`: one
 * per started frame unit. A well-formed envelope's last unit is its final frame; if the bytes
 * were cut or extended, `openFrameAt` finds out at that frame.
 */
export function envelopeFrameCount(
  envelopeLength: number,
  headerLength: number,
  frameSize: number,
): number {
  return Math.max(1, Math.ceil((envelopeLength - headerLength) / frameUnitLength(frameSize)))
}

/** Where frames `first`..`last` lie in the envelope (the last range may be cut short). */
export function envelopeFramesRange(
  first: number,
  last: number,
  envelopeLength: number,
  headerLength: number,
  frameSize: number,
): ByteRange {
  const unit = frameUnitLength(frameSize)
  return {
    start: headerLength + (first - 1) * unit,
    end: Math.min(headerLength + last * unit, envelopeLength),
  }
}

/** Seals frame `sequenceNumber` of `count`; the last one is the final frame. */
export function sealFrameAt(
  message: MessageKey,
  sequenceNumber: number,
  count: number,
  plaintext: Uint8Array,
): Promise<[Uint8Array, Uint8Array]> {
  const frame = { sequenceNumber, final: sequenceNumber === count, length: plaintext.length }
  return sealFrame(message, frame, plaintext)
}

/**
 * Opens frame `sequenceNumber` of `count` from its envelope bytes (`bytes`: the frame unit, or
 * what is left of the envelope when that is shorter). Returns the plaintext only once its tag
 * verified and the frame's final flag agrees with the end of the envelope.
 */
export async function openFrameAt(
  message: MessageKey,
  frameSize: number,
  sequenceNumber: number,
  count: number,
  bytes: Uint8Array,
): Promise<Uint8Array> {
  if (bytes.length === 0) {
    // Only the last unit can be empty: the envelope ended exactly after the header.
    throw truncated('after the header, before any frame')
  }
  if (bytes.length < FRAME_HEADER_LENGTH) throw truncated(`inside frame ${sequenceNumber}`)
  const frameHeader = bytes.slice(0, FRAME_HEADER_LENGTH)
  const frame = decodeFrameHeader(frameHeader, frameSize)
  if (frame.sequenceNumber !== sequenceNumber) {
    throw new EnvelopeIntegrityError(
      'frame-order',
      `expected frame ${sequenceNumber} but found frame ${frame.sequenceNumber}` +
        ' (frames reordered, duplicated or missing)',
    )
  }
  const end = FRAME_HEADER_LENGTH + frame.length + TAG_LENGTH
  if (bytes.length < end) throw truncated(`inside frame ${sequenceNumber}`)
  const plaintext = await openFrame(
    message,
    frame,
    frameHeader,
    bytes.subarray(FRAME_HEADER_LENGTH, end),
  )
  if (frame.final && (sequenceNumber < count || bytes.length > end)) {
    throw new EnvelopeIntegrityError('trailing-data', 'unexpected bytes after the final frame')
  }
  if (!frame.final && sequenceNumber === count) {
    throw truncated(`after frame ${sequenceNumber}, before the final frame`)
  }
  return plaintext
}

function truncated(where: string): EnvelopeIntegrityError {
  return new EnvelopeIntegrityError('truncated', `envelope is truncated: the stream ended ${where}`)
}
