/**
 * Collects exactly `size` bytes across input chunks of any size. When the current chunk already
 * holds them all and nothing is pending, it returns a view of the chunk (no copy); otherwise it
 * copies into one reusable buffer, so a reader holds at most one unit (header or frame) at a time.
 */
export class ByteGatherer {
  #buffer: Uint8Array | undefined
  #filled = 0

  /** Bytes copied and waiting for the rest of their unit. */
  get length(): number {
    return this.#filled
  }

  /** Starts the next unit with bytes already read (e.g. the header prefix). */
  prepend(bytes: Uint8Array): void {
    this.#reserve(bytes.length)
    this.#buffer?.set(bytes, 0)
    this.#filled = bytes.length
  }

  /**
   * Returns the unit once complete, as a view valid until the next call, and the new offset.
   */
  gather(size: number, chunk: Uint8Array, offset: number): { bytes?: Uint8Array; offset: number } {
    if (this.#filled === 0 && chunk.length - offset >= size) {
      return { bytes: chunk.subarray(offset, offset + size), offset: offset + size }
    }
    const buffer = this.#reserve(size)
    const take = Math.min(size - this.#filled, chunk.length - offset)
    buffer.set(chunk.subarray(offset, offset + take), this.#filled)
    this.#filled += take
    if (this.#filled < size) return { offset: offset + take }
    this.#filled = 0
    return { bytes: buffer.subarray(0, size), offset: offset + take }
  }

  #reserve(size: number): Uint8Array {
    if (this.#buffer && this.#buffer.length >= size) return this.#buffer
    const next = new Uint8Array(size)
    if (this.#buffer) next.set(this.#buffer.subarray(0, this.#filled))
    this.#buffer = next
    return next
  }
}
