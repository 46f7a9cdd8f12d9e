import { macAlgorithmsOf } from '../key-spec-rules.ts'
import { describe, expect, it } from 'vitest'
import { type HmacKeySpec, generateHmacKey, generateMac, verifyMac } from './hmac-keys.ts'

const hex = (data: Uint8Array): string =>
  Array.from(data, (b) => b.toString(16).padStart(2, '0')).join('')
const utf8 = (text: string) => new TextEncoder().encode(text)
const message = utf8('KeyDeck MAC me')

describe('HMAC key specs', () => {
  it.each<[HmacKeySpec, string, string, number]>([
    ['HMAC_256', 'HMAC_SHA_256', 'SHA-256', 256],
    ['HMAC_384', 'HMAC_SHA_384', 'SHA-384', 384],
    ['HMAC_512', 'HMAC_SHA_512', 'SHA-512', 512],
  ])('%s: %s, a non-extractable %s key of %i bits', async (spec, algorithm, hash, bits) => {
    expect(macAlgorithmsOf(spec)).toEqual([algorithm])
    const key = await generateHmacKey(spec)
    expect(key.extractable).toBe(false)
    expect(key.algorithm).toMatchObject({ name: 'HMAC', hash: { name: hash }, length: bits })
    const mac = await generateMac(key, message)
    expect(mac.length).toBe(bits / 8)
    expect(await verifyMac(key, message, mac)).toBe(true)
  })

  it('generates a different key each time', async () => {
    const [a, b] = await Promise.all([generateHmacKey('HMAC_256'), generateHmacKey('HMAC_256')])
    expect(await generateMac(a, message)).not.toEqual(await generateMac(b, message))
  })
})

describe('generateMac', () => {
  // RFC 4231 section 4.3, test case 2: key "Jefe", data "what do ya want for nothing?"
  it.each([
    ['SHA-256', '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
    [
      'SHA-384',
      'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e' +
        '8e2240ca5e69e2c78b3239ecfab21649',
    ],
    [
      'SHA-512',
      '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
        '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
    ],
  ])('matches the RFC 4231 vector for HMAC-%s', async (hash, expected) => {
    const key = await crypto.subtle.importKey('raw', utf8('Jefe'), { name: 'HMAC', hash }, false, [
      'sign',
      'verify',
    ])
    const mac = await generateMac(key, utf8('what do ya want for nothing?'))
    expect(hex(mac)).toBe(expected)
  })
})

describe('verifyMac', () => {
  it('rejects another message, a flipped bit, a truncated MAC and an empty MAC', async () => {
    const key = await generateHmacKey('HMAC_384')
    const mac = await generateMac(key, message)
    expect(await verifyMac(key, utf8('KeyDeck MAC me!'), mac)).toBe(false)
    const flipped = Uint8Array.from(mac)
    flipped[0] = (flipped[0] ?? 0) ^ 0x01
    expect(await verifyMac(key, message, flipped)).toBe(false)
    expect(await verifyMac(key, message, mac.subarray(0, 47))).toBe(false)
    expect(await verifyMac(key, message, new Uint8Array())).toBe(false)
  })

  it('rejects a MAC made with another key', async () => {
    const [a, b] = await Promise.all([generateHmacKey('HMAC_256'), generateHmacKey('HMAC_256')])
    expect(await verifyMac(b, message, await generateMac(a, message))).toBe(false)
  })
})
