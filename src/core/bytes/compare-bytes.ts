/**
 * Lexicographic byte order (a shorter prefix first); with UTF-8 this is also Unicode code point
 * order, which both encryption-context encodings sort their keys by.
 */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!
    if (d !== 0) return d
  }
  return a.length - b.length
}
