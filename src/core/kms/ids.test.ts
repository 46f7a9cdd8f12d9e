import { describe, expect, it } from 'vitest'
import { fromHex, KEY_ID_PATTERN, newKeyMaterialId, toHex, uuidV4 } from './ids.ts'

describe('hex', () => {
  it('round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    const hex = toHex(all)
    expect(hex.slice(0, 8)).toBe('00010203')
    expect(hex.slice(-4)).toBe('feff')
    expect(fromHex(hex)).toEqual(all)
  })

  it('reads uppercase digits as well', () => {
    expect(fromHex('0A1bFf90')).toEqual(Uint8Array.of(0x0a, 0x1b, 0xff, 0x90))
  })
})

describe('ids', () => {
  it('makes RFC 9562 version 4 UUIDs from the injected randomness', () => {
    const id = uuidV4((n) => new Uint8Array(n).fill(0xff))
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
    expect(KEY_ID_PATTERN.test(id)).toBe(true)
  })

  it('makes 64-hex-digit key material ids', () => {
    expect(newKeyMaterialId((n) => new Uint8Array(n).fill(0xab))).toBe('ab'.repeat(32))
  })
})
