/** Helpers for envelope tests: deterministic bytes, chunking, and driving TransformStreams. */
import { concatBytes } from '../bytes.ts'

/** Deterministic pseudo-random bytes (xorshift32), so failures reproduce. */
export function patternBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed | 0 || 1
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 255
  }
  return out
}

/** Splits into chunks of `size`, the last one shorter. */
export function chunksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size))
  return out
}

/** Splits at the given cut points (any order, duplicates and out-of-range ignored). */
export function splitAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.filter((c) => c > 0 && c < bytes.length))].sort((a, b) => a - b)
  const out: Uint8Array[] = []
  let start = 0
  for (const point of [...points, bytes.length]) {
    out.push(bytes.subarray(start, point))
    start = point
  }
  return out
}

export interface StreamResult {
  readonly chunks: Uint8Array[]
  readonly output: Uint8Array
  readonly error: unknown
}

/** Writes the chunks, closes, and collects everything read plus the error the stream ended with. */
export async function pump(
  transform: TransformStream<Uint8Array, Uint8Array>,
  chunks: readonly Uint8Array[],
): Promise<StreamResult> {
  const writer = transform.writable.getWriter()
  const writing = (async () => {
    for (const chunk of chunks) await writer.write(chunk)
    await writer.close()
  })().catch(() => undefined)
  const reader = transform.readable.getReader()
  const read: Uint8Array[] = []
  let error: unknown
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      read.push(value)
    }
  } catch (caught) {
    error = caught
  }
  await writing
  return { chunks: read, output: concatBytes(read), error }
}

/** Like pump, but throws the stream's error. */
export async function pumpOrThrow(
  transform: TransformStream<Uint8Array, Uint8Array>,
  chunks: readonly Uint8Array[],
): Promise<Uint8Array> {
  const result = await pump(transform, chunks)
  if (result.error !== undefined) throw result.error
  return result.output
}

/**
 * Index of the first differing byte, the shorter length if one is a prefix, or -1 when equal.
 * Much faster than a deep `toEqual` on megabyte arrays, and the index is a useful failure message.
 */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i
  return a.length === b.length ? -1 : n
}
