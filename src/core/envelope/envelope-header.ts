/**
 * The envelope header: everything a reader needs to get the data key back from KMS and to parse
 * the frames. Layout and reasons: docs/envelope-format.md. The header is authenticated by the
 * trailing auth tag (AES-GCM under the data key, header body as AAD) and, through its SHA-256,
 * by every frame's AAD.
 */
import { fromUtf8, utf8 } from '../bytes/utf8.ts'
import { view } from './bytes.ts'
import { decodeEncryptionContext, encodeEncryptionContext } from './encryption-context.ts'
import type { EncryptionContext } from './encryption-context.ts'
import { EnvelopeFormatError } from './envelope-error.ts'

/** ASCII "KDEN" (KeyDeck ENvelope). */
export const ENVELOPE_MAGIC = Uint8Array.of(0x4b, 0x44, 0x45, 0x4e)
export const ENVELOPE_FORMAT_VERSION = 1
/** AES-256-GCM, data key used directly, 12-byte IV (8-byte message-id prefix ‖ uint32 seq). */
export const ALGORITHM_AES_256_GCM = 1
export const MESSAGE_ID_LENGTH = 16
export const TAG_LENGTH = 16
/** magic(4) ‖ version(1) ‖ algorithm(1) ‖ header length(4): enough to know how much to read. */
export const HEADER_PREFIX_LENGTH = 10
export const MAX_HEADER_LENGTH = 64 * 1024
/** KMS KeyIdType is at most 2048 characters; CiphertextBlob at most 6144 bytes (API reference). */
export const MAX_KEY_ID_LENGTH = 2048
export const MAX_ENCRYPTED_DATA_KEY_LENGTH = 6144
export const MIN_FRAME_SIZE = 1
/** Bounds what a (not yet authenticated) header can make a reader allocate per frame. */
export const MAX_FRAME_SIZE = 16 * 1024 * 1024

export interface EnvelopeHeaderFields {
  readonly messageId: Uint8Array
  readonly frameSize: number
  readonly keyId: string
  readonly encryptionContext: EncryptionContext
  readonly encryptedDataKey: Uint8Array
}

export interface EnvelopeHeader extends EnvelopeHeaderFields {
  readonly formatVersion: number
  readonly algorithmId: number
  readonly encryptionContext: Readonly<Record<string, string>>
  /** The last 16 header bytes: GCM tag over the header body, IV sequence number 0. */
  readonly authTag: Uint8Array
  /** The whole header as stored, auth tag included (what frames bind by SHA-256). */
  readonly bytes: Uint8Array
}

/** Header bytes without the auth tag; the header length field already counts the tag. */
export function encodeHeaderBody(fields: EnvelopeHeaderFields): Uint8Array {
  checkFrameSize(fields.frameSize, RangeError)
  if (fields.messageId.length !== MESSAGE_ID_LENGTH)
    throw new RangeError('message id must be 16 bytes')
  const keyId = utf8(fields.keyId)
  if (keyId.length < 1 || keyId.length > MAX_KEY_ID_LENGTH)
    throw new RangeError('key id must be 1-2048 bytes')
  const edk = fields.encryptedDataKey
  if (edk.length < 1 || edk.length > MAX_ENCRYPTED_DATA_KEY_LENGTH) {
    throw new RangeError('encrypted data key must be 1-6144 bytes')
  }
  const context = encodeEncryptionContext(fields.encryptionContext)
  const bodyLength =
    HEADER_PREFIX_LENGTH +
    MESSAGE_ID_LENGTH +
    4 +
    2 +
    keyId.length +
    context.length +
    2 +
    edk.length
  const headerLength = bodyLength + TAG_LENGTH
  if (headerLength > MAX_HEADER_LENGTH) throw new RangeError('envelope header would exceed 64 KiB')

  const out = new Uint8Array(bodyLength)
  const dv = view(out)
  out.set(ENVELOPE_MAGIC, 0)
  out[4] = ENVELOPE_FORMAT_VERSION
  out[5] = ALGORITHM_AES_256_GCM
  dv.setUint32(6, headerLength)
  out.set(fields.messageId, 10)
  dv.setUint32(26, fields.frameSize)
  dv.setUint16(30, keyId.length)
  out.set(keyId, 32)
  let offset = 32 + keyId.length
  out.set(context, offset)
  offset += context.length
  dv.setUint16(offset, edk.length)
  out.set(edk, offset + 2)
  return out
}

/**
 * Checks the fixed prefix and returns the total header length. Needs only the first 10 bytes, so
 * a stream reader knows how much to buffer before it parses anything else.
 */
export function readHeaderLength(prefix: Uint8Array): number {
  if (prefix.length < HEADER_PREFIX_LENGTH) {
    throw new EnvelopeFormatError('header', 'input is shorter than the envelope header prefix')
  }
  for (let i = 0; i < ENVELOPE_MAGIC.length; i++) {
    if (prefix[i] !== ENVELOPE_MAGIC[i]) {
      throw new EnvelopeFormatError('magic', 'not a KeyDeck envelope (magic bytes "KDEN" missing)')
    }
  }
  if (prefix[4] !== ENVELOPE_FORMAT_VERSION) {
    throw new EnvelopeFormatError('version', `unsupported envelope format version ${prefix[4]}`)
  }
  if (prefix[5] !== ALGORITHM_AES_256_GCM) {
    throw new EnvelopeFormatError('algorithm', `unsupported envelope algorithm id ${prefix[5]}`)
  }
  const length = view(prefix).getUint32(6)
  const minimum = HEADER_PREFIX_LENGTH + MESSAGE_ID_LENGTH + 4 + 2 + 1 + 2 + 2 + 1 + TAG_LENGTH
  if (length < minimum || length > MAX_HEADER_LENGTH) {
    throw new EnvelopeFormatError('header', `envelope header length ${length} is out of range`)
  }
  return length
}

/** Parses a header from the start of `bytes` (which may hold more, e.g. the frames). Strict. */
export function decodeEnvelopeHeader(bytes: Uint8Array): EnvelopeHeader {
  const headerLength = readHeaderLength(bytes)
  if (bytes.length < headerLength) {
    throw new EnvelopeFormatError('header', 'input ends inside the envelope header')
  }
  const header = bytes.slice(0, headerLength)
  const bodyEnd = headerLength - TAG_LENGTH
  const dv = view(header)
  const need = (offset: number, length: number, what: string) => {
    if (offset + length > bodyEnd)
      throw new EnvelopeFormatError('header', `${what} runs past the header`)
  }
  const frameSize = dv.getUint32(26)
  checkFrameSize(frameSize, null)
  need(30, 2, 'key id')
  const keyIdLength = dv.getUint16(30)
  need(32, keyIdLength, 'key id')
  if (keyIdLength < 1) throw new EnvelopeFormatError('header', 'key id is empty')
  const keyId = decodeKeyId(header.subarray(32, 32 + keyIdLength))
  let offset = 32 + keyIdLength
  if (offset + 2 > bodyEnd)
    throw new EnvelopeFormatError('header', 'encryption context runs past the header')
  const { context, end } = decodeEncryptionContext(header.subarray(0, bodyEnd), offset)
  offset = end
  need(offset, 2, 'encrypted data key')
  const edkLength = dv.getUint16(offset)
  if (edkLength < 1 || edkLength > MAX_ENCRYPTED_DATA_KEY_LENGTH) {
    throw new EnvelopeFormatError(
      'header',
      `encrypted data key length ${edkLength} is out of range`,
    )
  }
  need(offset + 2, edkLength, 'encrypted data key')
  offset += 2 + edkLength
  if (offset !== bodyEnd) {
    throw new EnvelopeFormatError('header', 'header length does not match its fields')
  }
  return {
    formatVersion: ENVELOPE_FORMAT_VERSION,
    algorithmId: ALGORITHM_AES_256_GCM,
    messageId: header.subarray(10, 10 + MESSAGE_ID_LENGTH),
    frameSize,
    keyId,
    encryptionContext: context,
    encryptedDataKey: header.subarray(offset - edkLength, offset),
    authTag: header.subarray(bodyEnd),
    bytes: header,
  }
}

function decodeKeyId(bytes: Uint8Array): string {
  try {
    return fromUtf8(bytes)
  } catch {
    throw new EnvelopeFormatError('header', 'key id is not valid UTF-8')
  }
}

function checkFrameSize(frameSize: number, ErrorType: typeof RangeError | null): void {
  if (Number.isInteger(frameSize) && frameSize >= MIN_FRAME_SIZE && frameSize <= MAX_FRAME_SIZE)
    return
  const message = `frame size ${frameSize} is not an integer in 1..${MAX_FRAME_SIZE}`
  throw ErrorType ? new ErrorType(message) : new EnvelopeFormatError('header', message)
}
