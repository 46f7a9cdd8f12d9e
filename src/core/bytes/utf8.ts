/** UTF-8 both ways, with one encoder and one decoder for the whole app. */

const utf8Encoder = new TextEncoder()
// fatal: bytes that are not valid UTF-8 are malformed input, not silently repaired with U+FFFD.
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return utf8Encoder.encode(text)
}

/** Throws TypeError on invalid UTF-8 (a lone surrogate's bytes, a truncated sequence, …). */
export function fromUtf8(bytes: Uint8Array): string {
  return utf8Decoder.decode(bytes)
}
