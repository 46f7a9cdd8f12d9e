/**
 * Streaming envelope encryption over KMS data keys: one fresh data key per message, memory
 * bounded by the frame size.
 * https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#enveloping
 *
 * `encryptStream` is async because it calls GenerateDataKey before any data flows, so KMS errors
 * (unknown key, access denied) surface before you pipe anything. `decryptStream` is synchronous:
 * it learns which key to ask KMS for from the header, inside the stream.
 */
import type { DataKeyService } from './data-key-service.ts'
import { decryptDataKey, generateDataKey } from './data-key.ts'
import type { DataKey, DecryptDataKeyOptions } from './data-key.ts'
import type { EncryptionContext } from './encryption-context.ts'
import { sealHeader } from './envelope-cipher.ts'
import type { EnvelopeHeader } from './envelope-header.ts'
import { FrameDecryptor } from './frame-decryptor.ts'
import type { DataKeyProvider } from './frame-decryptor.ts'
import { FrameEncryptor } from './frame-encryptor.ts'

/**
 * 1 MiB: in bench/frame-size-bench.ts (64 MiB, against one raw crypto.subtle.encrypt; shared
 * 2-core machine) encryptBytes reached ≈0.9x raw at 1-4 MiB but only ≈0.65x at 256 KiB, where the
 * per-call cost and the garbage of many small WebCrypto outputs dominate. The smallest of the
 * fast sizes keeps a stream's memory (one frame) low. Numbers and reasons: docs/envelope-format.md.
 */
export const DEFAULT_FRAME_SIZE = 1024 * 1024

export interface EncryptOptions {
  /** Key ID, key ARN, alias name or alias ARN; the header stores the ARN KMS returns. */
  readonly keyId: string
  readonly encryptionContext?: EncryptionContext
  /** Plaintext bytes per frame, 1 B to 16 MiB; default 1 MiB. */
  readonly frameSize?: number
}

export interface DecryptOptions extends DecryptDataKeyOptions {
  /** Called with the parsed header before KMS Decrypt (e.g. to show the key and context). */
  readonly onHeader?: (header: EnvelopeHeader) => void
}

/** GenerateDataKey, then a transform from plaintext to the envelope (header, then frames). */
export async function encryptStream(
  service: DataKeyService,
  options: EncryptOptions,
): Promise<TransformStream<Uint8Array, Uint8Array>> {
  const dataKey = await generateDataKey(service, options)
  return encryptStreamWithDataKey(dataKey, options)
}

/** A transform from an envelope to its plaintext; the data key comes from KMS Decrypt. */
export function decryptStream(
  service: DataKeyService,
  options: DecryptOptions = {},
): TransformStream<Uint8Array, Uint8Array> {
  const provider: DataKeyProvider = async (header) =>
    (await decryptDataKey(service, header, options)).key
  return new TransformStream(new FrameDecryptor(provider, options.onHeader))
}

/** The local half of encryption as a stream, for a data key you already hold. */
export async function encryptStreamWithDataKey(
  dataKey: DataKey,
  options: { readonly frameSize?: number } = {},
): Promise<TransformStream<Uint8Array, Uint8Array>> {
  const frameSize = options.frameSize ?? DEFAULT_FRAME_SIZE
  const sealed = await sealHeader(dataKey, frameSize)
  return new TransformStream(new FrameEncryptor(sealed, sealed.bytes, frameSize))
}

/** The local half of decryption as a stream, for a data key you already hold. */
export function decryptStreamWithDataKey(
  dataKey: DataKey,
): TransformStream<Uint8Array, Uint8Array> {
  return new TransformStream(new FrameDecryptor(() => Promise.resolve(dataKey.key)))
}
