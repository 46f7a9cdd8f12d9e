import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64, toBase64 } from './base64.ts'

describe('base64', () => {
  it('matches the RFC 4648 section 10 test vectors', () => {
    const vectors = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy']
    vectors.forEach((encoded, length) => {
      const bytes = new TextEncoder().encode('foobar'.slice(0, length))
      expect(toBase64(bytes)).toBe(encoded)
      expect(fromBase64(encoded)).toEqual(bytes)
    })
  })

  it('agrees with Node Buffer and round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const encoded = toBase64(bytes)
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'))
        expect(fromBase64(encoded)).toEqual(bytes)
      }),
    )
  })

  it('rejects malformed input', () => {
    expect(() => fromBase64('abc')).toThrow(SyntaxError)
    expect(() => fromBase64('ab=c')).toThrow(SyntaxError)
    expect(() => fromBase64('a*cd')).toThrow(SyntaxError)
  })
})
