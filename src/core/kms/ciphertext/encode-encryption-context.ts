import type { EncryptionContext } from '../types.ts'

/**
 * Canonical, unambiguous bytes of an encryption context, used as AES-GCM additional data:
 * `u32be(pairCount)` then, for each pair sorted by the UTF-8 bytes of its key,
 * `u32be(len(key)) key u32be(len(value)) value`. Length prefixes make `{ab: c}` and `{a: bc}`
 * differ (local-kms and moto concatenate without separators, so those collide). Order of the
 * pairs in the request does not matter; case does. See ../CIPHERTEXT.md.
 */
const encoder = new TextEncoder()

export function encodeEncryptionContext(context: EncryptionContext = {}): Uint8Array {
  const pairs = Object.entries(context)
    .map(([k, v]) => [encoder.encode(k), encoder.encode(v)] as const)
    .sort(([a], [b]) => compareBytes(a, b))
  const size = 4 + pairs.reduce((n, [k, v]) => n + 8 + k.length + v.length, 0)
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  view.setUint32(0, pairs.length)
  let offset = 4
  for (const [k, v] of pairs) {
    for (const part of [k, v]) {
      view.setUint32(offset, part.length)
      out.set(part, offset + 4)
      offset += 4 + part.length
    }
  }
  return out
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return a.length - b.length
}
