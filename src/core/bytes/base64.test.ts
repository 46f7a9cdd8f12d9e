import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBase64, encodeBase64 } from './base64.ts'

describe('base64', () => {
  it('matches the RFC 4648 section 10 test vectors', () => {
    const vectors = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy']
    vectors.forEach((encoded, length) => {
      const bytes = new TextEncoder().encode('foobar'.slice(0, length))
      expect(encodeBase64(bytes)).toBe(encoded)
      expect(decodeBase64(encoded)).toEqual(bytes)
    })
  })

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

  it('agrees with Node Buffer and round-trips any bytes, also from a view into a larger buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(7), (bytes, offset) => {
        const encoded = encodeBase64(bytes)
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'))
        expect(decodeBase64(encoded)).toEqual(bytes)
        const padded = new Uint8Array(offset + bytes.length + 3)
        padded.set(bytes, offset)
        expect(encodeBase64(padded.subarray(offset, offset + bytes.length))).toBe(encoded)
      }),
    )
  })

  it('returns undefined for text that is not standard base64', () => {
    for (const text of [
      'ab=c', // padding inside
      'a*cd', // not in the alphabet
      'ab-_', // the URL-safe alphabet
      'Zm9v Zg==', // white space, which atob alone would skip
      'Zm9vY', // a length no base64 has
      'Zg===', // too much padding
      '====',
      'Zg=', // padding that does not complete a group
    ]) {
      expect(decodeBase64(text), text).toBeUndefined()
    }
  })

  it('accepts missing padding, as atob does (WHATWG forgiving-base64)', () => {
    expect(decodeBase64('Zg')).toEqual(new TextEncoder().encode('f'))
    expect(decodeBase64('Zm8')).toEqual(new TextEncoder().encode('fo'))
  })
})
