/**
 * Structural view of a stored envelope, for the sandbox walkthrough: which KMS key, which
 * context, the encrypted data key, and where each frame sits. Nothing here is authenticated; that
 * happens only on decryption (header tag and frame tags under the data key).
 */
import { EnvelopeIntegrityError } from './envelope-error.ts'
import { decodeEnvelopeHeader, TAG_LENGTH } from './envelope-header.ts'
import type { EnvelopeHeader } from './envelope-header.ts'
import { decodeFrameHeader, FIRST_FRAME_SEQUENCE_NUMBER, FRAME_HEADER_LENGTH } from './frame.ts'

export interface EnvelopeFrameInfo {
  readonly sequenceNumber: number
  readonly final: boolean
  /** Offset of the frame (its 9-byte frame header) in the envelope. */
  readonly offset: number
  /** Plaintext bytes in the frame. */
  readonly plaintextLength: number
  /** Bytes the frame takes in the envelope: frame header + ciphertext + tag. */
  readonly byteLength: number
}

export interface EnvelopeParts extends EnvelopeHeader {
  readonly headerLength: number
  readonly frameCount: number
  readonly frames: readonly EnvelopeFrameInfo[]
  readonly plaintextLength: number
}

/**
 * Parses a complete envelope: header fields plus the frame layout. Throws EnvelopeFormatError on
 * malformed bytes and EnvelopeIntegrityError on a missing final frame, out-of-sequence frames or
 * trailing bytes. For only the header (e.g. the first bytes of a stream) use decodeEnvelopeHeader.
 */
export function parseEnvelopeHeader(envelope: Uint8Array): EnvelopeParts {
  const header = decodeEnvelopeHeader(envelope)
  const frames: EnvelopeFrameInfo[] = []
  let offset = header.bytes.length
  let plaintextLength = 0
  for (let sequenceNumber = FIRST_FRAME_SEQUENCE_NUMBER; ; sequenceNumber++) {
    if (offset + FRAME_HEADER_LENGTH > envelope.length) {
      throw new EnvelopeIntegrityError('truncated', `envelope ends before frame ${sequenceNumber}`)
    }
    const frame = decodeFrameHeader(
      envelope.subarray(offset, offset + FRAME_HEADER_LENGTH),
      header.frameSize,
    )
    if (frame.sequenceNumber !== sequenceNumber) {
      throw new EnvelopeIntegrityError(
        'frame-order',
        `expected frame ${sequenceNumber} but found frame ${frame.sequenceNumber}`,
      )
    }
    const byteLength = FRAME_HEADER_LENGTH + frame.length + TAG_LENGTH
    if (offset + byteLength > envelope.length) {
      throw new EnvelopeIntegrityError('truncated', `envelope ends inside frame ${sequenceNumber}`)
    }
    frames.push({
      sequenceNumber,
      final: frame.final,
      offset,
      plaintextLength: frame.length,
      byteLength,
    })
    plaintextLength += frame.length
    offset += byteLength
    if (frame.final) break
  }
  if (offset !== envelope.length) {
    throw new EnvelopeIntegrityError('trailing-data', 'unexpected bytes after the final frame')
  }
  return {
    ...header,
    headerLength: header.bytes.length,
    frameCount: frames.length,
    frames,
    plaintextLength,
  }
}
