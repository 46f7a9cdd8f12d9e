/**
 * Parses and decrypts an envelope stream: header prefix → header → (frame header → frame body)*
 * until the final frame. Each frame's plaintext is enqueued only after its GCM tag verified, and
 * frames must arrive in sequence, so reordering, duplication, truncation and trailing bytes fail
 * with an EnvelopeIntegrityError instead of yielding partial or rearranged plaintext.
 */
import { ByteGatherer } from './byte-gatherer.ts'
import { openFrame, openHeader } from './envelope-cipher.ts'
import type { MessageKey } from './envelope-cipher.ts'
import { EnvelopeIntegrityError } from './envelope-error.ts'
import {
  decodeEnvelopeHeader,
  HEADER_PREFIX_LENGTH,
  readHeaderLength,
  TAG_LENGTH,
} from './envelope-header.ts'
import type { EnvelopeHeader } from './envelope-header.ts'
import { decodeFrameHeader, FIRST_FRAME_SEQUENCE_NUMBER, FRAME_HEADER_LENGTH } from './frame.ts'
import type { FrameHeader } from './frame.ts'

type Controller = TransformStreamDefaultController<Uint8Array>

/** Returns the AES-GCM data key for a parsed (not yet authenticated) header, e.g. via KMS. */
export type DataKeyProvider = (header: EnvelopeHeader) => Promise<CryptoKey>

type Stage =
  | { readonly kind: 'prefix' }
  | { readonly kind: 'header'; readonly length: number }
  | { readonly kind: 'frame-header' }
  | { readonly kind: 'frame-body'; readonly frame: FrameHeader; readonly frameHeader: Uint8Array }
  | { readonly kind: 'done' }

export class FrameDecryptor implements Transformer<Uint8Array, Uint8Array> {
  readonly #keyProvider: DataKeyProvider
  readonly #onHeader: ((header: EnvelopeHeader) => void) | undefined
  readonly #gatherer = new ByteGatherer()
  #stage: Stage = { kind: 'prefix' }
  #header: EnvelopeHeader | undefined
  #message: MessageKey | undefined
  #expectedSequenceNumber = FIRST_FRAME_SEQUENCE_NUMBER

  constructor(keyProvider: DataKeyProvider, onHeader?: (header: EnvelopeHeader) => void) {
    this.#keyProvider = keyProvider
    this.#onHeader = onHeader
  }

  /** Envelope bytes held while waiting for the rest of a header or frame. */
  get bufferedBytes(): number {
    return this.#gatherer.length
  }

  async transform(chunk: Uint8Array, controller: Controller): Promise<void> {
    let offset = 0
    while (offset < chunk.length) {
      if (this.#stage.kind === 'done') {
        throw new EnvelopeIntegrityError('trailing-data', 'unexpected bytes after the final frame')
      }
      const gathered = this.#gatherer.gather(this.#unitSize(), chunk, offset)
      offset = gathered.offset
      if (gathered.bytes) await this.#consume(gathered.bytes, controller)
    }
  }

  flush(): void {
    if (this.#stage.kind === 'done') return
    throw new EnvelopeIntegrityError(
      'truncated',
      `envelope is truncated: the stream ended ${this.#where()}`,
    )
  }

  /** Where the stream stopped, for the truncation message. */
  #where(): string {
    const atBoundary = this.#gatherer.length === 0
    if (this.#header === undefined) {
      return atBoundary && this.#stage.kind === 'prefix'
        ? 'before the envelope header'
        : 'inside the envelope header'
    }
    const last = this.#expectedSequenceNumber - 1
    if (this.#stage.kind === 'frame-header' && atBoundary) {
      return last === 0
        ? 'after the header, before any frame'
        : `after frame ${last}, before the final frame`
    }
    return `inside frame ${this.#expectedSequenceNumber}`
  }

  #unitSize(): number {
    const stage = this.#stage
    switch (stage.kind) {
      case 'prefix':
        return HEADER_PREFIX_LENGTH
      case 'header':
        return stage.length
      case 'frame-header':
        return FRAME_HEADER_LENGTH
      case 'frame-body':
        return stage.frame.length + TAG_LENGTH
      case 'done':
        return 0
    }
  }

  async #consume(bytes: Uint8Array, controller: Controller): Promise<void> {
    const stage = this.#stage
    switch (stage.kind) {
      case 'prefix': {
        const length = readHeaderLength(bytes)
        this.#gatherer.prepend(bytes)
        this.#stage = { kind: 'header', length }
        return
      }
      case 'header': {
        const header = decodeEnvelopeHeader(bytes)
        this.#header = header
        this.#onHeader?.(header)
        this.#message = await openHeader(await this.#keyProvider(header), header)
        this.#stage = { kind: 'frame-header' }
        return
      }
      case 'frame-header': {
        const frame = decodeFrameHeader(bytes, this.#requireHeader().frameSize)
        if (frame.sequenceNumber !== this.#expectedSequenceNumber) {
          throw new EnvelopeIntegrityError(
            'frame-order',
            `expected frame ${this.#expectedSequenceNumber} but found frame ${frame.sequenceNumber}` +
              ' (frames reordered, duplicated or missing)',
          )
        }
        this.#stage = { kind: 'frame-body', frame, frameHeader: bytes.slice() }
        return
      }
      case 'frame-body': {
        const message = this.#message
        if (!message) throw new Error('unreachable: frame before header')
        const plaintext = await openFrame(message, stage.frame, stage.frameHeader, bytes)
        this.#expectedSequenceNumber++
        if (plaintext.length > 0) controller.enqueue(plaintext)
        this.#stage = stage.frame.final ? { kind: 'done' } : { kind: 'frame-header' }
        return
      }
      case 'done':
        return
    }
  }

  #requireHeader(): EnvelopeHeader {
    if (!this.#header) throw new Error('unreachable: frame before header')
    return this.#header
  }
}
