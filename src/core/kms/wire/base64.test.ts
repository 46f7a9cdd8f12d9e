import { describe, expect, it } from 'vitest'
import { decodeBase64, encodeBase64 } from './base64.ts'

describe('base64', () => {
  it('encodes like btoa for every length and byte value, and decodes back', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 73 + 11) & 0xff)
    for (let length = 0; length <= bytes.length; length++) {
      const part = bytes.subarray(0, length)
      const expected = btoa(String.fromCharCode(...part))
      expect(encodeBase64(part)).toBe(expected)
      expect(decodeBase64(expected)).toEqual(Uint8Array.from(part))
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    expect(encodeBase64(all)).toBe(btoa(String.fromCharCode(...all)))
  })
})
