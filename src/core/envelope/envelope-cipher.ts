/**
 * The AES-256-GCM operations of the format: the header auth tag and per-frame encryption.
 * GCM: NIST SP 800-38D
 * https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-38d.pdf
 */
import { bufferSource, concatBytes } from './bytes.ts'
import type { DataKey } from './data-key.ts'
import { EnvelopeIntegrityError } from './envelope-error.ts'
import { encodeHeaderBody, MESSAGE_ID_LENGTH, TAG_LENGTH } from './envelope-header.ts'
import type { EnvelopeHeader } from './envelope-header.ts'
import { encodeFrameHeader, frameAad, frameIv, HEADER_SEQUENCE_NUMBER } from './frame.ts'
import type { FrameHeader } from './frame.ts'

const subtle = () => globalThis.crypto.subtle

/** What frame encryption and decryption need, fixed for one message. */
export interface MessageKey {
  readonly key: CryptoKey
  readonly messageId: Uint8Array
  /** SHA-256 of the whole header, auth tag included. */
  readonly headerHash: Uint8Array
}

export interface SealedHeader extends MessageKey {
  readonly bytes: Uint8Array
}

/** Builds the header and its auth tag: GCM of an empty plaintext, AAD = header body, IV(0). */
export async function sealHeader(
  dataKey: DataKey,
  frameSize: number,
  messageId: Uint8Array = globalThis.crypto.getRandomValues(new Uint8Array(MESSAGE_ID_LENGTH)),
): Promise<SealedHeader> {
  const body = encodeHeaderBody({
    messageId,
    frameSize,
    keyId: dataKey.keyId,
    encryptionContext: dataKey.encryptionContext,
    encryptedDataKey: dataKey.encryptedDataKey,
  })
  const tag = await subtle().encrypt(
    gcm(frameIv(messageId, HEADER_SEQUENCE_NUMBER), bufferSource(body)),
    dataKey.key,
    new Uint8Array(0),
  )
  const bytes = concatBytes([body, new Uint8Array(tag)])
  return { key: dataKey.key, messageId: messageId.slice(), headerHash: await sha256(bytes), bytes }
}

/** Verifies the header auth tag under the data key KMS returned. */
export async function openHeader(key: CryptoKey, header: EnvelopeHeader): Promise<MessageKey> {
  const body = header.bytes.subarray(0, header.bytes.length - TAG_LENGTH)
  try {
    await subtle().decrypt(
      gcm(frameIv(header.messageId, HEADER_SEQUENCE_NUMBER), bufferSource(body)),
      key,
      bufferSource(header.authTag),
    )
  } catch (error) {
    throw new EnvelopeIntegrityError('header-tag', 'envelope header failed authentication', {
      cause: error,
    })
  }
  return { key, messageId: header.messageId, headerHash: await sha256(header.bytes) }
}

/** Returns [frame header, ciphertext ‖ tag]: two chunks, so the ciphertext is never copied. */
export async function sealFrame(
  message: MessageKey,
  frame: FrameHeader,
  plaintext: Uint8Array,
): Promise<[Uint8Array, Uint8Array]> {
  const frameHeader = encodeFrameHeader(frame)
  const sealed = await subtle().encrypt(
    gcm(
      frameIv(message.messageId, frame.sequenceNumber),
      frameAad(message.headerHash, frameHeader),
    ),
    message.key,
    bufferSource(plaintext),
  )
  return [frameHeader, new Uint8Array(sealed)]
}

/** Returns the plaintext only once the tag verified (WebCrypto releases nothing otherwise). */
export async function openFrame(
  message: MessageKey,
  frame: FrameHeader,
  frameHeader: Uint8Array,
  sealed: Uint8Array,
): Promise<Uint8Array> {
  try {
    const plaintext = await subtle().decrypt(
      gcm(
        frameIv(message.messageId, frame.sequenceNumber),
        frameAad(message.headerHash, frameHeader),
      ),
      message.key,
      bufferSource(sealed),
    )
    return new Uint8Array(plaintext)
  } catch (error) {
    throw new EnvelopeIntegrityError(
      'frame-tag',
      `frame ${frame.sequenceNumber}${frame.final ? ' (final)' : ''} failed authentication`,
      { cause: error },
    )
  }
}

function gcm(iv: Uint8Array<ArrayBuffer>, additionalData: Uint8Array<ArrayBuffer>): AesGcmParams {
  return { name: 'AES-GCM', iv, additionalData, tagLength: TAG_LENGTH * 8 }
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', bufferSource(bytes)))
}
