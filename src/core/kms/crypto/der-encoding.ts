/**
 * The few DER (ITU-T X.690) building blocks KMS signatures need: definite lengths and
 * non-negative INTEGERs. Decoding is strict (minimal lengths, minimal integers, no trailing
 * bytes) because a lenient parser lets one signature have many encodings (malleability).
 * https://www.itu.int/rec/T-REC-X.690 section 8.1.3 (length) and 8.3 (INTEGER)
 */

export const DER_TAG_INTEGER = 0x02
export const DER_TAG_SEQUENCE = 0x30

/** A decoded TLV: its tag, its value bytes, and the offset just past it. */
export interface DerElement {
  readonly tag: number
  readonly value: Uint8Array
  readonly end: number
}

/** Definite length, short form below 128 and minimal long form above (X.690 10.1). */
export function encodeDerLength(length: number): Uint8Array {
  if (!Number.isSafeInteger(length) || length < 0) throw new RangeError(`bad DER length ${length}`)
  if (length < 0x80) return Uint8Array.of(length)
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  return Uint8Array.of(0x80 | bytes.length, ...bytes)
}

export function encodeDerElement(tag: number, value: Uint8Array): Uint8Array {
  const length = encodeDerLength(value.length)
  const out = new Uint8Array(1 + length.length + value.length)
  out[0] = tag
  out.set(length, 1)
  out.set(value, 1 + length.length)
  return out
}

/**
 * A non-negative big-endian magnitude as a DER INTEGER: leading zero bytes dropped, one 0x00
 * put back when the top bit is set so the two's-complement value stays positive (X.690 8.3.2).
 */
export function encodeDerUnsignedInteger(magnitude: Uint8Array): Uint8Array {
  let start = 0
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++
  const trimmed = magnitude.length === 0 ? Uint8Array.of(0) : magnitude.subarray(start)
  const needsPad = (trimmed[0] ?? 0) >= 0x80
  const value = needsPad ? Uint8Array.of(0, ...trimmed) : trimmed
  return encodeDerElement(DER_TAG_INTEGER, value)
}

/** Reads one TLV at `offset`; undefined when the bytes are not minimal, definite-length DER. */
export function readDerElement(bytes: Uint8Array, offset: number): DerElement | undefined {
  const tag = bytes[offset]
  const first = bytes[offset + 1]
  if (tag === undefined || first === undefined) return undefined
  // Multi-byte tags (low bits 0x1f) never occur in the structures we parse.
  if ((tag & 0x1f) === 0x1f) return undefined
  let length: number
  let valueStart: number
  if (first < 0x80) {
    length = first
    valueStart = offset + 2
  } else {
    const count = first & 0x7f
    // 0x80 is the indefinite form, which DER forbids; 4 bytes is far beyond any KMS structure.
    if (count === 0 || count > 4) return undefined
    length = 0
    for (let i = 0; i < count; i++) {
      const b = bytes[offset + 2 + i]
      if (b === undefined) return undefined
      if (i === 0 && b === 0) return undefined // leading zero: not minimal
      length = length * 256 + b
    }
    if (length < 0x80) return undefined // long form for a short length: not minimal
    valueStart = offset + 2 + count
  }
  const end = valueStart + length
  if (end > bytes.length) return undefined
  return { tag, value: bytes.subarray(valueStart, end), end }
}

/**
 * The magnitude of a non-negative, minimally encoded INTEGER value, without the sign pad byte;
 * undefined when the value is empty, negative, or padded more than needed.
 */
export function decodeDerUnsignedInteger(value: Uint8Array): Uint8Array | undefined {
  const first = value[0]
  if (first === undefined) return undefined
  if (first >= 0x80) return undefined // negative
  if (first === 0 && value.length > 1) {
    const second = value[1] ?? 0
    if (second < 0x80) return undefined // redundant leading zero
    return value.subarray(1)
  }
  return value
}
