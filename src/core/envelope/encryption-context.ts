/**
 * Canonical, unambiguous serialization of a KMS encryption context for the envelope header:
 *
 *   uint16 pair count, then per pair sorted by key bytes:
 *   uint16 key length | key UTF-8 | uint16 value length | value UTF-8
 *
 * Sorting makes the bytes independent of object key order (KMS matches contexts
 * order-insensitively) and the length prefixes make {"ab":"c"} and {"a":"bc"} different, unlike
 * the separator-free `key‖value` AAD some KMS emulators use. The same shape (count + length-
 * prefixed sorted pairs) is the AWS Encryption SDK's "encryption context" serialization:
 * https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/message-format.html#header-aad
 * https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html
 */
import { compareBytes } from '../bytes/compare-bytes.ts'
import { fromUtf8, utf8 } from '../bytes/utf8.ts'
import { view } from './bytes.ts'
import { EnvelopeFormatError } from './envelope-error.ts'

export type EncryptionContext = Readonly<Record<string, string>>

const MAX_UINT16 = 0xffff

export function encodeEncryptionContext(context: EncryptionContext = {}): Uint8Array {
  const pairs = Object.entries(context).map(([key, value]) => {
    if (typeof value !== 'string')
      throw new TypeError(`encryption context value of "${key}" must be a string`)
    return [utf8(key), utf8(value)] as const
  })
  if (pairs.length > MAX_UINT16) throw new RangeError('encryption context has too many pairs')
  pairs.sort((a, b) => compareBytes(a[0], b[0]))
  let length = 2
  for (const [key, value] of pairs) {
    if (key.length > MAX_UINT16 || value.length > MAX_UINT16) {
      throw new RangeError('encryption context key or value longer than 65535 UTF-8 bytes')
    }
    length += 4 + key.length + value.length
  }
  const out = new Uint8Array(length)
  const dv = view(out)
  dv.setUint16(0, pairs.length)
  let offset = 2
  for (const [key, value] of pairs) {
    dv.setUint16(offset, key.length)
    out.set(key, offset + 2)
    offset += 2 + key.length
    dv.setUint16(offset, value.length)
    out.set(value, offset + 2)
    offset += 2 + value.length
  }
  return out
}

/**
 * Reads a context at `offset`. Strict: keys must be strictly increasing (so no duplicates and one
 * encoding per context) and valid UTF-8, otherwise the header is malformed.
 */
export function decodeEncryptionContext(
  bytes: Uint8Array,
  offset: number,
): { context: Record<string, string>; end: number } {
  const read = lengthPrefixedReader(bytes)
  const count = read.uint16(offset)
  let at = offset + 2
  const entries: [string, string][] = []
  let previousKey: Uint8Array | undefined
  for (let i = 0; i < count; i++) {
    const key = read.field(at)
    at += 2 + key.length
    const value = read.field(at)
    at += 2 + value.length
    if (previousKey && compareBytes(previousKey, key) >= 0) {
      throw new EnvelopeFormatError('header', 'encryption context keys are not sorted and unique')
    }
    previousKey = key
    entries.push([decodeText(key), decodeText(value)])
  }
  // fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return { context: Object.fromEntries(entries), end: at }
}

/** Same pairs, compared exactly (case-sensitive), ignoring order: how KMS compares them. */
export function sameEncryptionContext(a: EncryptionContext, b: EncryptionContext): boolean {
  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  return aKeys.every((key) => Object.hasOwn(b, key) && a[key] === b[key])
}

function decodeText(bytes: Uint8Array): string {
  try {
    return fromUtf8(bytes)
  } catch {
    throw new EnvelopeFormatError('header', 'encryption context is not valid UTF-8')
  }
}

function lengthPrefixedReader(bytes: Uint8Array) {
  const dv = view(bytes)
  const need = (offset: number, length: number) => {
    if (offset + length > bytes.length) {
      throw new EnvelopeFormatError('header', 'encryption context runs past the end of the header')
    }
  }
  const uint16 = (offset: number) => {
    need(offset, 2)
    return dv.getUint16(offset)
  }
  return {
    uint16,
    field(offset: number): Uint8Array {
      const length = uint16(offset)
      need(offset + 2, length)
      return bytes.subarray(offset + 2, offset + 2 + length)
    },
  }
}
