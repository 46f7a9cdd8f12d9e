import type { KeyId, KeyMaterialId } from './types.ts'

export type RandomSource = (bytes: number) => Uint8Array

const HEX_OF_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

/** By table: it runs for every request and event id. */
export function toHex(bytes: Uint8Array): string {
  let hex = ''
  for (const b of bytes) hex += HEX_OF_BYTE[b]!
  return hex
}

/** Lowercase or uppercase hex digits; no slicing or parseInt, as it also runs on every request. */
export function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = (nibble(hex.charCodeAt(2 * i)) << 4) | nibble(hex.charCodeAt(2 * i + 1))
  }
  return bytes
}

function nibble(code: number): number {
  // '0'–'9', then 'a'–'f' / 'A'–'F' (setting 0x20 lowercases a letter)
  return code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57
}

/** RFC 9562 UUID version 4 from the injected random source (KMS key ids look like this). */
export function uuidV4(random: RandomSource): string {
  const b = random(16)
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const h = toHex(b)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** A UUID (single-Region key) or `mrk-` and 32 hex digits (multi-Region key); both 36 characters. */
export const KEY_ID_PATTERN =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/

export function newKeyId(random: RandomSource): KeyId {
  return uuidV4(random) as KeyId
}

/**
 * A multi-Region key's id: `mrk-` and 32 hex digits, the same in every Region it is replicated to.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html#mrk-id
 */
export function newMultiRegionKeyId(random: RandomSource): KeyId {
  return `mrk-${toHex(random(16))}` as KeyId
}

/** KeyMaterialId: 64 hex characters, as real KMS shows them since June 2025. */
export function newKeyMaterialId(random: RandomSource): KeyMaterialId {
  return toHex(random(32)) as KeyMaterialId
}
