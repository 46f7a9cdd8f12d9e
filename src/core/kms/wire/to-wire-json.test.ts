import { describe, expect, it } from 'vitest'
import { toWireJson } from './to-wire-json.ts'

describe('toWireJson', () => {
  it('encodes blobs as base64, dates as epoch seconds, and drops undefined members', () => {
    const out = toWireJson({ Blob: Uint8Array.of(1, 2, 3), At: new Date(1500), Gone: undefined })
    expect(JSON.parse(out)).toEqual({ Blob: 'AQID', At: 1.5 })
  })

  it('keeps a member named __proto__ (a key that came from a request)', () => {
    const map = JSON.parse('{"__proto__":"x","b":"y"}') as Record<string, string>
    expect(toWireJson({ EncryptionContext: map })).toBe(
      '{"EncryptionContext":{"__proto__":"x","b":"y"}}',
    )
  })
})
