/**
 * Buffer helpers of the envelope codec. Byte order, UTF-8 and base64, which the KMS simulator
 * needs too, are in ../bytes/.
 */

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0
  for (const part of parts) length += part.length
  const out = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/**
 * TypeScript 5.7+ types WebCrypto's BufferSource as ArrayBuffer-backed only. Our views come from
 * streams and `new Uint8Array`, never from a SharedArrayBuffer, and WebCrypto copies its input.
 */
export function bufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes as Uint8Array<ArrayBuffer>
}

export function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
