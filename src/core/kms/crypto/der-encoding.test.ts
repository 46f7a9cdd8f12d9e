import { describe, expect, it } from 'vitest'
import {
  decodeDerUnsignedInteger,
  encodeDerLength,
  encodeDerUnsignedInteger,
  readDerElement,
} from './der-encoding.ts'

const hex = (data: Uint8Array): string =>
  Array.from(data, (b) => b.toString(16).padStart(2, '0')).join('')
const bytes = (text: string): Uint8Array =>
  Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16))

describe('encodeDerLength', () => {
  it.each([
    [0, '00'],
    [127, '7f'],
    [128, '8180'],
    [255, '81ff'],
    [256, '820100'],
  ])('encodes %i as %s (short form below 128, minimal long form above)', (length, expected) => {
    expect(hex(encodeDerLength(length))).toBe(expected)
  })

  it('rejects negative lengths', () => {
    expect(() => encodeDerLength(-1)).toThrow(RangeError)
  })
})

describe('encodeDerUnsignedInteger', () => {
  it.each([
    ['00', '020100'],
    ['0000', '020100'],
    ['01', '020101'],
    ['7f', '02017f'],
    ['80', '02020080'],
    ['000080', '02020080'],
    ['00ff01', '020300ff01'],
  ])('encodes magnitude %s as %s', (magnitude, expected) => {
    expect(hex(encodeDerUnsignedInteger(bytes(magnitude)))).toBe(expected)
  })
})

describe('readDerElement', () => {
  it('reads a short-form element and reports where it ends', () => {
    const element = readDerElement(bytes('0201051234'), 0)
    expect(element && { tag: element.tag, value: hex(element.value), end: element.end }).toEqual({
      tag: 2,
      value: '05',
      end: 3,
    })
  })

  it('reads a minimal long-form length', () => {
    const input = new Uint8Array(3 + 128)
    input.set([0x04, 0x81, 0x80])
    expect(readDerElement(input, 0)?.value.length).toBe(128)
  })

  it.each([
    ['empty input', ''],
    ['tag only', '30'],
    ['indefinite length', '3080020101'],
    ['long form for a short length', '30810102'],
    ['long-form length with a leading zero', '3082000102'],
    ['length past the end', '300502010102'],
    ['multi-byte tag', '1f0100'],
  ])('rejects %s', (_name, input) => {
    expect(readDerElement(bytes(input), 0)).toBeUndefined()
  })
})

describe('decodeDerUnsignedInteger', () => {
  it.each([
    ['05', '05'],
    ['0080', '80'],
    ['00', '00'],
  ])('decodes %s to magnitude %s', (value, magnitude) => {
    expect(hex(decodeDerUnsignedInteger(bytes(value)) ?? new Uint8Array())).toBe(magnitude)
  })

  it.each([
    ['empty', ''],
    ['negative', '80'],
    ['redundant leading zero', '0005'],
  ])('rejects %s', (_name, value) => {
    expect(decodeDerUnsignedInteger(bytes(value))).toBeUndefined()
  })
})
