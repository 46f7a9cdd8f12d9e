/**
 * File encryption in the sandbox: a file streamed through the envelope format
 * (src/core/envelope, docs/envelope-format.md) with data keys from the learner's simulated KMS.
 * Memory stays bounded by the frame size, not the file: the file is read with a BYOB reader into
 * two reused buffers, each output chunk becomes a Blob part at once (Chromium keeps blob bytes
 * outside the JS heap) and its buffer is freed right away, and the result Blob is assembled only
 * after the stream finished. For decryption that is after
 * the final frame authenticated, so plaintext that was not authenticated is never offered.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#enveloping
 */
import {
  dataKeyServiceOverHandle,
  DEFAULT_FRAME_SIZE,
  decodeEnvelopeHeader,
  decryptStream,
  encryptStream,
  EnvelopeFormatError,
  EnvelopeIntegrityError,
  KmsServiceError,
  type DataKeyService,
  type EncryptionContext,
  type EnvelopeHeader,
} from '@/core/envelope/index.ts'
import { connected, useSandboxStore, type AwsErrorView } from './sandbox-store.ts'

/** How far a file has come; `elapsedMs` from the clock the caller gave. */
export interface FileProgress {
  readonly bytes: number
  readonly total: number
  readonly elapsedMs: number
}

export interface FileJobOptions {
  readonly signal?: AbortSignal
  /** Called as input bytes are read (at most once per chunk the file stream yields). */
  readonly onProgress?: (progress: FileProgress) => void
  /** Milliseconds, for throughput and time left; tests pass a fixed clock. */
  readonly now?: () => number
}

export type FileJobResult =
  | { readonly ok: true; readonly blob: Blob }
  | { readonly ok: false; readonly cancelled: true }
  | { readonly ok: false; readonly cancelled: false; readonly error: AwsErrorView }

/**
 * The simulator as a DataKeyService, calling as the identity the console calls as ("Calling
 * as"), so a file operation is decided by the same policies and recorded in the audit trail
 * under the same principal as the console's own requests. The simulator never records a
 * plaintext data key there.
 */
export function sandboxDataKeyService(): DataKeyService {
  return dataKeyServiceOverHandle((target, body) =>
    connected().handle(target, body, useSandboxStore.getState().caller),
  )
}

/** Encrypts `file` under `keyId` with `context` in the envelope format. */
export async function encryptFile(
  file: Blob,
  keyId: string,
  context: EncryptionContext,
  options: FileJobOptions = {},
): Promise<FileJobResult> {
  try {
    const transform = await encryptStream(sandboxDataKeyService(), {
      keyId,
      encryptionContext: context,
    })
    return await run(file, transform, options)
  } catch (error) {
    return failure(error, options.signal)
  }
}

export interface DecryptFileOptions extends FileJobOptions {
  /** When given, the file's header must carry exactly this context. */
  readonly expectedContext?: EncryptionContext
  /** The header, before KMS Decrypt: which key and which context the file names. */
  readonly onHeader?: (header: EnvelopeHeader) => void
}

/** Decrypts an envelope file; the KMS key is the one its header names, as in KMS Decrypt. */
export async function decryptFile(
  file: Blob,
  options: DecryptFileOptions = {},
): Promise<FileJobResult> {
  try {
    const transform = decryptStream(sandboxDataKeyService(), {
      ...(options.expectedContext && { encryptionContext: options.expectedContext }),
      ...(options.onHeader && { onHeader: options.onHeader }),
    })
    return await run(file, transform, options)
  } catch (error) {
    return failure(error, options.signal)
  }
}

/**
 * The header of an envelope file, read from its first bytes only (≤ 64 KiB), to show which key
 * and which context it names before anything is decrypted. Not authenticated yet.
 */
export async function readFileHeader(
  file: Blob,
): Promise<{ ok: true; header: EnvelopeHeader } | { ok: false; error: AwsErrorView }> {
  try {
    // A header is at most 64 KiB (MAX_HEADER_LENGTH); the decoder ignores what follows it.
    const bytes = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer())
    return { ok: true, header: decodeEnvelopeHeader(bytes) }
  } catch (error) {
    return { ok: false, error: describeFileError(error) }
  }
}

/**
 * How often a running file gives the browser a turn. The stream's steps chain through promise
 * callbacks, which run before any input event: without a turn, the page cannot even take the
 * click on Cancel until the whole file is through.
 */
const YIELD_EVERY_MS = 50

/** Resolves after the browser has handled what is waiting (a task, not a microtask). */
function browserTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(undefined)
  })
}

/**
 * Bytes read from the file at a time: one frame, so the encryptor copies each read once into its
 * frame buffer. Two such buffers alternate (one being read into, one being processed), and
 * nothing else is allocated for the input.
 */
const READ_SIZE = DEFAULT_FRAME_SIZE

async function run(
  file: Blob,
  transform: TransformStream<Uint8Array, Uint8Array>,
  options: FileJobOptions,
): Promise<FileJobResult> {
  const { signal } = options
  const now = options.now ?? (() => performance.now())
  const started = now()
  const parts: Blob[] = []
  const collector = new WritableStream<Uint8Array>({
    write(chunk) {
      // A Blob part at once: the bytes leave the JS heap, and the chunk's memory is freed now.
      parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]))
      release(chunk)
    },
  })
  const collected = transform.readable.pipeTo(collector, signal ? { signal } : {})
  // Observed below; a failure here is the transform's, which the writer sees too.
  collected.catch(() => undefined)
  const writer = transform.writable.getWriter()
  const reader = file.stream().getReader({ mode: 'byob' })
  let bytes = 0
  let turnAt = performance.now()
  try {
    let spare = new ArrayBuffer(READ_SIZE)
    let next = reader.read(new Uint8Array(new ArrayBuffer(READ_SIZE)))
    for (;;) {
      const { done, value } = await next
      if (done) break
      signal?.throwIfAborted()
      // Read ahead into the other buffer while this one goes through the transform.
      next = reader.read(new Uint8Array(spare))
      next.catch(() => undefined) // awaited on the next turn of the loop, or cancelled below
      bytes += value.length
      options.onProgress?.({ bytes, total: file.size, elapsedMs: now() - started })
      // Resolves once the transform is done with these bytes (it copies or encrypts them at
      // once, and keeps no view), so the buffer can be read into again.
      await writer.write(value)
      spare = value.buffer
      if (performance.now() - turnAt >= YIELD_EVERY_MS) {
        await browserTurn()
        turnAt = performance.now()
      }
    }
    signal?.throwIfAborted()
    await writer.close()
    await collected
  } catch (error) {
    void reader.cancel(error).catch(() => undefined)
    void writer.abort(error).catch(() => undefined)
    throw error
  }
  // Only now, with every frame authenticated and the final one seen, is there a result.
  return { ok: true, blob: new Blob(parts, { type: 'application/octet-stream' }) }
}

/**
 * Frees a chunk's memory now rather than at the next garbage collection, which V8 runs only
 * after tens of MB of buffers have piled up: each chunk the transforms emit owns its buffer, and
 * its bytes are in a Blob already. `ArrayBuffer.prototype.transfer` (ES2024; Chromium 114+)
 * detaches the buffer; where it is missing (Node 20 in the unit tests), the collector frees it.
 * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/ArrayBuffer/transfer
 */
function release(chunk: Uint8Array): void {
  const buffer = chunk.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }
  if (chunk.byteOffset === 0 && chunk.byteLength === buffer.byteLength) buffer.transfer?.(0)
}

function failure(error: unknown, signal: AbortSignal | undefined): FileJobResult {
  if (signal?.aborted) return { ok: false, cancelled: true }
  return { ok: false, cancelled: false, error: describeFileError(error) }
}

/**
 * An error as the screen names it: a KMS error by its AWS name (`InvalidCiphertextException`,
 * `IncorrectKeyException`, also when the envelope wraps it as its data key being refused), an
 * envelope error by its class and code, whose message names the frame that failed.
 */
export function describeFileError(error: unknown): AwsErrorView {
  if (error instanceof EnvelopeIntegrityError) {
    const cause = error.cause
    if (error.code === 'data-key' && cause instanceof KmsServiceError) {
      return { name: cause.name, message: withWhy(cause.message, error.message) }
    }
    return { name: `${error.name} (${error.code})`, message: error.message }
  }
  if (error instanceof EnvelopeFormatError) {
    return { name: `${error.name} (${error.code})`, message: error.message }
  }
  if (error instanceof KmsServiceError) return { name: error.name, message: error.message }
  if (error instanceof Error) return { name: error.name, message: error.message }
  return { name: 'Error', message: String(error) }
}

function withWhy(kmsMessage: string, envelopeMessage: string): string {
  return kmsMessage ? `${kmsMessage} (${envelopeMessage})` : envelopeMessage
}
