import { compareBytes } from '../../bytes/compare-bytes.ts'
import { utf8 } from '../../bytes/utf8.ts'
import type { EncryptionContext } from '../types.ts'

/**
 * Canonical, unambiguous bytes of an encryption context, used as AES-GCM additional data:
 * `u32be(pairCount)` then, for each pair sorted by the UTF-8 bytes of its key,
 * `u32be(len(key)) key u32be(len(value)) value`. Length prefixes make `{ab: c}` and `{a: bc}`
 * differ (local-kms and moto concatenate without separators, so those collide). Order of the
 * pairs in the request does not matter; case does. See ../CIPHERTEXT.md.
 */
export function encodeEncryptionContext(context: EncryptionContext = {}): Uint8Array {
  const pairs = Object.entries(context)
    .map(([k, v]) => [utf8(k), utf8(v)] as const)
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
