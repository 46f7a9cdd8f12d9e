import { describe, expect, it } from 'vitest'
import { fromUtf8, utf8 } from './utf8.ts'

describe('utf8', () => {
  it('round-trips text, a byte-order mark included', () => {
    const text = '\uFEFFkms:EncryptionContext:Département 🔑'
    expect(fromUtf8(utf8(text))).toBe(text)
    expect(utf8('é')).toEqual(Uint8Array.from([0xc3, 0xa9]))
  })

  it('refuses bytes that are not UTF-8 instead of repairing them', () => {
    expect(() => fromUtf8(Uint8Array.from([0xc3]))).toThrow(TypeError)
    expect(() => fromUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toThrow(TypeError) // a surrogate
  })
})
