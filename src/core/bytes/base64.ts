/**
 * Standard base64 (RFC 4648 section 4), as awsJson1_1 encodes blob members. Written out because
 * Uint8Array.toBase64/fromBase64 are not in Node 20, and a table loop is several times faster than
 * building a binary string for btoa (which spreads the bytes into String.fromCharCode arguments).
 * Every simulator response blob goes through `encodeBase64`, so it is tuned for bench/kms-bench.ts.
 * https://datatracker.ietf.org/doc/html/rfc4648#section-4
 * https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** Base64 of every 12-bit value: two output characters per lookup. */
const PAIRS = Array.from({ length: 4096 }, (_, v) => ALPHABET[v >> 6]! + ALPHABET[v & 63]!)

/** Padded standard base64 of `bytes`. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = ''
  const whole = bytes.length - (bytes.length % 3)
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out += PAIRS[n >> 12]! + PAIRS[n & 0xfff]!
  }
  if (bytes.length - whole === 1) {
    const n = bytes[whole]! << 16
    out += PAIRS[n >> 12]! + '=='
  } else if (bytes.length - whole === 2) {
    const n = (bytes[whole]! << 16) | (bytes[whole + 1]! << 8)
    out += PAIRS[n >> 12]! + ALPHABET[(n >> 6) & 63]! + '='
  }
  return out
}

/**
 * The bytes of standard-alphabet base64, or undefined when `text` is not base64 (another
 * alphabet, white space, misplaced `=`, or a length that cannot be base64). Padding may be left
 * off, as the WHATWG forgiving-base64 decode that atob implements allows; the callers turn
 * undefined into their own error (the KMS wire: SerializationException).
 * https://infra.spec.whatwg.org/#forgiving-base64-decode
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text) || text.length % 4 === 1) return undefined
  try {
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  } catch {
    return undefined
  }
}
