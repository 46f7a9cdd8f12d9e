/**
 * Standard base64 (RFC 4648 section 4), as awsJson1_1 encodes blob members. Written out because
 * Uint8Array.fromBase64 is not in Node 20 and atob/btoa work on binary strings; the blobs here
 * are small (data keys and CiphertextBlob ≤ 6144 bytes).
 * https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]))

export function toBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const n = (a << 16) | (b << 8) | c
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '='
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '='
  }
  return out
}

export function fromBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new SyntaxError('base64 length is not a multiple of 4')
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - padding)
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    let n = 0
    for (let j = 0; j < 4; j++) {
      const char = text[i + j] ?? '='
      const isPad = char === '=' && i + 4 === text.length && j >= 4 - padding
      const value = isPad ? 0 : VALUES.get(char)
      if (value === undefined)
        throw new SyntaxError(`invalid base64 character ${JSON.stringify(char)}`)
      n = (n << 6) | value
    }
    if (o < out.length) out[o++] = (n >> 16) & 255
    if (o < out.length) out[o++] = (n >> 8) & 255
    if (o < out.length) out[o++] = n & 255
  }
  return out
}
