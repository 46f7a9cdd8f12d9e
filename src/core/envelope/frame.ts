/**
 * Frame layout and the GCM inputs derived from it (docs/envelope-format.md, "Frames").
 *
 *   uint32 sequence number | uint8 final flag | uint32 plaintext length | ciphertext | 16-byte tag
 *
 * IV = message id bytes 0..7 ‖ uint32 sequence number: the "deterministic construction" of
 * NIST SP 800-38D section 8.2.1 (fixed field ‖ invocation field), so no two GCM invocations under
 * one data key share an IV, and a frame decrypts only at its own position.
 * https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-38d.pdf
 */
import { view } from './bytes.ts'
import { EnvelopeFormatError } from './envelope-error.ts'

export const FRAME_HEADER_LENGTH = 9
export const IV_LENGTH = 12
/** Sequence number 0 is the header auth tag's IV; frames count from 1. */
export const HEADER_SEQUENCE_NUMBER = 0
export const FIRST_FRAME_SEQUENCE_NUMBER = 1
export const MAX_SEQUENCE_NUMBER = 0xffffffff
const HASH_LENGTH = 32

export interface FrameHeader {
  readonly sequenceNumber: number
  readonly final: boolean
  /** Plaintext (= ciphertext) length; equals the frame size unless final. */
  readonly length: number
}

export function encodeFrameHeader(frame: FrameHeader): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(FRAME_HEADER_LENGTH)
  const dv = view(out)
  dv.setUint32(0, frame.sequenceNumber)
  out[4] = frame.final ? 1 : 0
  dv.setUint32(5, frame.length)
  return out
}

/** Structural checks only; the sequence number is checked by the reader, then by GCM via the IV. */
export function decodeFrameHeader(bytes: Uint8Array, frameSize: number): FrameHeader {
  const dv = view(bytes)
  const flag = bytes[4]
  if (flag !== 0 && flag !== 1)
    throw new EnvelopeFormatError('frame', `bad final-frame flag ${flag}`)
  const frame = { sequenceNumber: dv.getUint32(0), final: flag === 1, length: dv.getUint32(5) }
  if (frame.final ? frame.length > frameSize : frame.length !== frameSize) {
    throw new EnvelopeFormatError(
      'frame',
      `frame ${frame.sequenceNumber} has length ${frame.length}; frame size is ${frameSize}`,
    )
  }
  return frame
}

export function frameIv(messageId: Uint8Array, sequenceNumber: number): Uint8Array<ArrayBuffer> {
  const iv = new Uint8Array(IV_LENGTH)
  iv.set(messageId.subarray(0, 8), 0)
  view(iv).setUint32(8, sequenceNumber)
  return iv
}

/** AAD = SHA-256(header) ‖ frame header: binds the frame to this message, position and finality. */
export function frameAad(headerHash: Uint8Array, frameHeader: Uint8Array): Uint8Array<ArrayBuffer> {
  const aad = new Uint8Array(HASH_LENGTH + FRAME_HEADER_LENGTH)
  aad.set(headerHash, 0)
  aad.set(frameHeader, HASH_LENGTH)
  return aad
}
