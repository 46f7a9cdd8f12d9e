import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { derToP1363, p1363ToDer } from './der-ecdsa-signature.ts'

const hex = (data: Uint8Array): string =>
  Array.from(data, (b) => b.toString(16).padStart(2, '0')).join('')
const bytes = (text: string): Uint8Array =>
  Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16))

describe('p1363ToDer', () => {
  it('encodes r and s as minimal positive INTEGERs in a SEQUENCE', () => {
    // r = 0x00..01 (leading zeros dropped), s = 0x80.. (sign byte added)
    const r = '00'.repeat(31) + '01'
    const s = '80' + '00'.repeat(31)
    expect(hex(p1363ToDer(bytes(r + s)))).toBe('3026' + '020101' + '022100' + s)
  })

  it('uses a long-form length for P-521 signatures longer than 127 bytes', () => {
    const der = p1363ToDer(new Uint8Array(132).fill(0xff))
    // 2 × (tag, length 0x43, pad byte 0x00, 66 bytes) = 138 = 0x8a content bytes
    expect(hex(der.subarray(0, 3))).toBe('30818a')
    expect(der.length).toBe(3 + 138)
  })

  it.each([0, 63])('rejects an input of %i bytes (no two equal halves)', (length) => {
    expect(() => p1363ToDer(new Uint8Array(length))).toThrow(RangeError)
  })
})

describe('derToP1363', () => {
  it.each([32, 48, 66])('round-trips any %i-byte r and s, including leading zeros', (size) => {
    const component = fc.oneof(
      fc.uint8Array({ minLength: size, maxLength: size }),
      // values with many leading zero bytes exercise the trimming and padding
      fc
        .uint8Array({ minLength: 0, maxLength: size })
        .map((tail) => Uint8Array.from([...new Uint8Array(size - tail.length), ...tail])),
    )
    fc.assert(
      fc.property(component, component, (r, s) => {
        const p1363 = Uint8Array.from([...r, ...s])
        const back = derToP1363(p1363ToDer(p1363), size)
        expect(back && hex(back)).toBe(hex(p1363))
      }),
    )
  })

  it('left-pads short values to the component length', () => {
    expect(hex(derToP1363(bytes('3006020101020102'), 2) ?? new Uint8Array())).toBe('00010002')
  })

  const valid = '3006' + '020101' + '020102'
  it('accepts the well-formed signature the malformed cases below are derived from', () => {
    expect(hex(derToP1363(bytes(valid), 1) ?? new Uint8Array())).toBe('0102')
  })

  it.each([
    ['empty input', ''],
    ['a wrong outer tag', '3106020101020102'],
    ['trailing bytes after the SEQUENCE', valid + '00'],
    ['a SEQUENCE length that overruns', '3007020101020102'],
    ['an indefinite length', '3080020101020102' + '0000'],
    ['a non-minimal long-form length', '308106020101020102'],
    ['only one INTEGER', '3003020101'],
    ['three INTEGERs', '3009020101020102020103'],
    ['a wrong inner tag', '3006040101020102'],
    ['a negative r', '3006020181020102'],
    ['a redundant leading zero in s', '300702010102020002'],
    ['an empty INTEGER', '30050200020102'],
    ['an r wider than the curve', '3007020201010201' + '02'],
  ])('returns undefined for %s', (_name, input) => {
    expect(derToP1363(bytes(input), 1)).toBeUndefined()
  })
})
