/**
 * Re-frames a plaintext stream of arbitrary chunks into fixed-size encrypted frames.
 *
 * Memory: at most one frame of plaintext is buffered (`bufferedBytes` ≤ frame size). A full frame
 * is held back until more input arrives, because only `flush` knows which frame is the last one
 * and the final flag is authenticated. Input that covers whole frames is encrypted straight from
 * the input chunk (a view, no copy).
 */
import type { MessageKey } from './envelope-cipher.ts'
import { sealFrame } from './envelope-cipher.ts'
import { FIRST_FRAME_SEQUENCE_NUMBER, MAX_SEQUENCE_NUMBER } from './frame.ts'

type Controller = TransformStreamDefaultController<Uint8Array>
/** Frames being encrypted at once; the output keeps their order. */
export const IN_FLIGHT = 4

export class FrameEncryptor implements Transformer<Uint8Array, Uint8Array> {
  readonly #message: MessageKey
  readonly #header: Uint8Array
  readonly #frameSize: number
  #pending: Uint8Array | undefined
  #filled = 0
  #sequenceNumber = FIRST_FRAME_SEQUENCE_NUMBER
  /** One promise per frame not yet known to be out, oldest first; each settles in order. */
  readonly #unreleased: Promise<void>[] = []
  /** The chain that enqueues sealed frames in order, as soon as each one (and those before) is done. */
  #tail: Promise<void> = Promise.resolve()
  #inFlight = 0

  constructor(message: MessageKey, header: Uint8Array, frameSize: number) {
    this.#message = message
    this.#header = header
    this.#frameSize = frameSize
  }

  /** Plaintext bytes held back, waiting to fill a frame. */
  get bufferedBytes(): number {
    return this.#filled
  }

  /** Frames being encrypted and not yet out; at most IN_FLIGHT - 1 between calls. */
  get inFlightFrames(): number {
    return this.#inFlight
  }

  start(controller: Controller): void {
    controller.enqueue(this.#header)
  }

  async transform(chunk: Uint8Array, controller: Controller): Promise<void> {
    const size = this.#frameSize
    let offset = 0
    while (offset < chunk.length) {
      if (this.#filled === size) {
        // More input exists, so the buffered full frame is not the last one.
        await this.#emit(this.#buffer().subarray(0, size), false, controller)
        this.#filled = 0
      }
      if (this.#filled === 0 && chunk.length - offset > size) {
        await this.#emit(chunk.subarray(offset, offset + size), false, controller)
        offset += size
        continue
      }
      const take = Math.min(size - this.#filled, chunk.length - offset)
      this.#buffer().set(chunk.subarray(offset, offset + take), this.#filled)
      this.#filled += take
      offset += take
    }
  }

  async flush(controller: Controller): Promise<void> {
    const last = this.#pending?.subarray(0, this.#filled) ?? new Uint8Array(0)
    await this.#emit(last, true, controller)
    await this.#tail
    this.#unreleased.length = 0
    this.#pending?.fill(0)
    this.#filled = 0
  }

  #buffer(): Uint8Array {
    this.#pending ??= new Uint8Array(this.#frameSize)
    return this.#pending
  }

  async #emit(plaintext: Uint8Array, final: boolean, controller: Controller): Promise<void> {
    const sequenceNumber = this.#sequenceNumber
    if (sequenceNumber > MAX_SEQUENCE_NUMBER) {
      throw new RangeError('message too long: more than 2^32 - 1 frames; use a larger frame size')
    }
    this.#sequenceNumber++
    const frame = { sequenceNumber, final, length: plaintext.length }
    const sealing = sealFrame(this.#message, frame, plaintext)
    sealing.catch(() => undefined) // awaited, in order, by the chain below
    this.#inFlight++
    this.#tail = this.#tail.then(async () => {
      const [frameHeader, sealed] = await sealing
      controller.enqueue(frameHeader)
      controller.enqueue(sealed)
      this.#inFlight--
    })
    // Observed by the awaits below and in flush; until then a failure is not "unhandled".
    this.#tail.catch(() => undefined)
    this.#unreleased.push(this.#tail)
    while (this.#unreleased.length >= IN_FLIGHT) await this.#unreleased.shift()
  }
}
