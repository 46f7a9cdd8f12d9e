import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeEncryptionContext,
  encodeEncryptionContext,
  sameEncryptionContext,
} from './encryption-context.ts'
import { EnvelopeFormatError } from './envelope-error.ts'

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

describe('encodeEncryptionContext', () => {
  it('is a count then sorted, length-prefixed UTF-8 pairs', () => {
    expect(hex(encodeEncryptionContext({ b: '2', a: 'é' }))).toBe(
      '0002' + '0001' + '61' + '0002' + 'c3a9' + '0001' + '62' + '0001' + '32',
    )
    expect(hex(encodeEncryptionContext())).toBe('0000')
  })

  it('does not depend on key insertion order', () => {
    expect(encodeEncryptionContext({ x: '1', y: '2' })).toEqual(
      encodeEncryptionContext({ y: '2', x: '1' }),
    )
  })

  it('keeps contexts apart that a separator-free key‖value encoding would merge', () => {
    expect(encodeEncryptionContext({ ab: 'c' })).not.toEqual(encodeEncryptionContext({ a: 'bc' }))
    expect(encodeEncryptionContext({ a: 'b', c: 'd' })).not.toEqual(
      encodeEncryptionContext({ a: 'bcd' }),
    )
  })

  it('sorts by UTF-8 bytes (code points), not UTF-16 units', () => {
    // U+FF5E sorts before U+1F600 by code point, after it by UTF-16 code unit.
    const encoded = encodeEncryptionContext({ '😀': '', '～': '' })
    expect(decodeEncryptionContext(encoded, 0).context).toEqual({ '～': '', '😀': '' })
    expect(encoded[4]).toBe(0xef) // first key is U+FF5E (EF BD 9E)
  })

  it('round-trips any context, including "__proto__" as a plain key', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' })),
        (context) => {
          const { context: decoded, end } = decodeEncryptionContext(
            encodeEncryptionContext(context),
            0,
          )
          expect(sameEncryptionContext(decoded, context)).toBe(true)
          expect(end).toBe(encodeEncryptionContext(context).length)
        },
      ),
    )
    const decoded = decodeEncryptionContext(
      encodeEncryptionContext(JSON.parse('{"__proto__":"x"}')),
      0,
    )
    expect(Object.getPrototypeOf(decoded.context)).toBe(Object.prototype)
    expect(Object.hasOwn(decoded.context, '__proto__')).toBe(true)
  })
})

describe('decodeEncryptionContext rejects non-canonical or malformed input', () => {
  const bad = (hexText: string) => () =>
    decodeEncryptionContext(Uint8Array.from(hexText.match(/../g)!.map((h) => parseInt(h, 16))), 0)

  it('unsorted or duplicate keys', () => {
    expect(bad('0002' + '0001620000' + '0001610000')).toThrow(EnvelopeFormatError)
    expect(bad('0002' + '0001610000' + '0001610000')).toThrow('sorted and unique')
  })

  it('invalid UTF-8', () => {
    expect(bad('0001' + '0001ff0000')).toThrow('not valid UTF-8')
  })

  it('lengths running past the end', () => {
    expect(bad('0001' + '0005616263')).toThrow('past the end')
    expect(bad('00')).toThrow(EnvelopeFormatError)
  })
})

describe('sameEncryptionContext', () => {
  it('is exact, case-sensitive and order-insensitive, like KMS', () => {
    expect(sameEncryptionContext({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true)
    expect(sameEncryptionContext({ a: '1' }, { A: '1' })).toBe(false)
    expect(sameEncryptionContext({ a: '1' }, { a: '1', b: '2' })).toBe(false)
    expect(sameEncryptionContext({}, {})).toBe(true)
  })
})
