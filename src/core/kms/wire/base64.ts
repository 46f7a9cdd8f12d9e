/** Base64 for awsJson1_1 blobs, with no Node `Buffer` so it also runs in the browser. */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** Base64 of every 12-bit value: two output characters per lookup. */
const PAIRS = Array.from({ length: 4096 }, (_, v) => ALPHABET[v >> 6]! + ALPHABET[v & 63]!)

/**
 * Every response blob goes through here. A table loop is several times faster than building a
 * binary string for btoa (which spreads the bytes into String.fromCharCode arguments).
 */
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

/** Returns undefined when the text is not canonical-alphabet base64. */
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
