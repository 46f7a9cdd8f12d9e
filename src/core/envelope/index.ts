/**
 * Envelope encryption over KMS data keys, in a documented framed format (docs/envelope-format.md).
 *
 * Whole buffers: encryptBytes / decryptBytes. Streams: encryptStream / decryptStream.
 * Walkthrough steps: generateDataKey → encryptWithDataKey → parseEnvelopeHeader →
 * decryptDataKey → decryptWithDataKey.
 */
export type {
  DataKeyService,
  DecryptInput,
  DecryptOutput,
  GenerateDataKeyInput,
  GenerateDataKeyOutput,
} from './data-key-service.ts'
export { dataKeyServiceOverHandle, KmsServiceError } from './data-key-service-over-handle.ts'
export type { KmsHandle } from './data-key-service-over-handle.ts'
export { decryptDataKey, generateDataKey, DATA_KEY_LENGTH } from './data-key.ts'
export type { DataKey, DecryptDataKeyOptions, GenerateDataKeyOptions } from './data-key.ts'
export type { EncryptionContext } from './encryption-context.ts'
export { EnvelopeError, EnvelopeFormatError, EnvelopeIntegrityError } from './envelope-error.ts'
export type { EnvelopeFormatProblem, EnvelopeIntegrityProblem } from './envelope-error.ts'
export { decodeEnvelopeHeader, ENVELOPE_FORMAT_VERSION, MAX_FRAME_SIZE } from './envelope-header.ts'
export type { EnvelopeHeader } from './envelope-header.ts'
export {
  DEFAULT_FRAME_SIZE,
  decryptStream,
  decryptStreamWithDataKey,
  encryptStream,
  encryptStreamWithDataKey,
} from './envelope-stream.ts'
export type { DecryptOptions, EncryptOptions } from './envelope-stream.ts'
export {
  decryptBytes,
  decryptWithDataKey,
  encryptBytes,
  encryptWithDataKey,
} from './envelope-bytes.ts'
export { parseEnvelopeHeader } from './parse-envelope.ts'
export type { EnvelopeFrameInfo, EnvelopeParts } from './parse-envelope.ts'
export { openHeader, sealHeader } from './envelope-cipher.ts'
export type { MessageKey, SealedHeader } from './envelope-cipher.ts'
export { HEADER_PREFIX_LENGTH, readHeaderLength } from './envelope-header.ts'
export {
  envelopeFrameCount,
  envelopeFramesRange,
  frameUnitLength,
  openFrameAt,
  plaintextFrameCount,
  plaintextFramesRange,
  sealFrameAt,
} from './frame-at.ts'
export type { ByteRange } from './frame-at.ts'
