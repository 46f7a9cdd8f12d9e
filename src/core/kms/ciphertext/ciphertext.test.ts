import { describe, expect, it } from 'vitest'
import { InvalidCiphertextException } from '../errors.ts'
import type { KeyId, KeyMaterialId } from '../types.ts'
import { encodeHeader, joinCiphertext, parseCiphertext } from './ciphertext-blob.ts'
import { encodeEncryptionContext } from './encode-encryption-context.ts'

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab' as KeyId
const keyMaterialId = 'ab'.repeat(32) as KeyMaterialId

describe('encodeEncryptionContext', () => {
  it('is unambiguous where plain concatenation collides', () => {
    expect(encodeEncryptionContext({ ab: 'c' })).not.toEqual(encodeEncryptionContext({ a: 'bc' }))
  })

  it('ignores pair order and keeps case', () => {
    expect(encodeEncryptionContext({ a: '1', b: '2' })).toEqual(
      encodeEncryptionContext({ b: '2', a: '1' }),
    )
    expect(encodeEncryptionContext({ a: 'x' })).not.toEqual(encodeEncryptionContext({ A: 'x' }))
  })

  it('has the documented layout', () => {
    expect([...encodeEncryptionContext({ b: 'é', a: '' })]).toEqual([
      0, 0, 0, 2, 0, 0, 0, 1, 0x61, 0, 0, 0, 0, 0, 0, 0, 1, 0x62, 0, 0, 0, 2, 0xc3, 0xa9,
    ])
    expect([...encodeEncryptionContext({})]).toEqual([0, 0, 0, 0])
  })
})

describe('ciphertext blob', () => {
  const header = encodeHeader({ keyId, keyMaterialId })
  const blob = joinCiphertext(header, new Uint8Array(12).fill(7), new Uint8Array(17).fill(9))

  it('round-trips the header', () => {
    expect(header.length).toBe(70)
    expect(header[0]).toBe(1)
    expect(header[1]).toBe(36)
    const parsed = parseCiphertext(blob)
    expect(parsed.keyId).toBe(keyId)
    expect(parsed.keyMaterialId).toBe(keyMaterialId)
    expect(parsed.iv).toEqual(new Uint8Array(12).fill(7))
    expect(parsed.sealed.length).toBe(17)
  })

  it('rejects other versions, truncation and garbage key ids', () => {
    const otherVersion = blob.slice()
    otherVersion[0] = 2
    const badKeyId = blob.slice()
    badKeyId[2] = 0x5a
    for (const bad of [otherVersion, blob.slice(0, 98), badKeyId, new Uint8Array(200)]) {
      expect(() => parseCiphertext(bad)).toThrow(InvalidCiphertextException)
    }
  })
})
