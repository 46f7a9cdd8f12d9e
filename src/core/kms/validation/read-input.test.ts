import { describe, expect, it } from 'vitest'
import { SerializationException, ValidationException } from '../errors.ts'
import { readInput } from './read-input.ts'
import { blob, integer, list, required, string, structure } from './shape.ts'

const members = {
  KeyId: required(string({ min: 1, max: 5 })),
  NumberOfBytes: integer({ min: 1, max: 1024 }),
  Plaintext: blob({ min: 1, max: 4, sensitive: true }),
  KeyUsage: string({ enum: ['A', 'B'] }),
  AliasName: string({ pattern: '^[a-z/]+$' }),
  Tags: list(structure({ TagKey: required(string({ min: 1, max: 3 })) })),
}

function validationMessage(input: unknown): string {
  try {
    readInput(members, input, 'wire')
  } catch (e) {
    if (e instanceof ValidationException) return e.message
    throw e
  }
  throw new Error('no ValidationException')
}

describe('readInput', () => {
  it('decodes base64 blobs and keeps other members', () => {
    const input = readInput(members, { KeyId: 'k', Plaintext: 'AQID', Unknown: 1 }, 'wire')
    expect(input).toEqual({ KeyId: 'k', Plaintext: Uint8Array.of(1, 2, 3) })
  })

  it('formats range errors as AWS does', () => {
    expect(validationMessage({ KeyId: 'k', NumberOfBytes: 1025 })).toBe(
      "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    )
  })

  it('reports a missing required member as null and hides sensitive values', () => {
    expect(validationMessage({ Plaintext: 'AQIDBAU=' })).toBe(
      "2 validation errors detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null; " +
        "Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4",
    )
  })

  it('reports enum, pattern and nested list paths', () => {
    expect(validationMessage({ KeyId: 'k', KeyUsage: 'C' })).toContain(
      "Value 'C' at 'keyUsage' failed to satisfy constraint: Member must satisfy enum value set: [A, B]",
    )
    expect(validationMessage({ KeyId: 'k', AliasName: 'X' })).toContain(
      'Member must satisfy regular expression pattern: ^[a-z/]+$',
    )
    expect(validationMessage({ KeyId: 'k', Tags: [{ TagKey: 'abcd' }] })).toContain(
      "Value 'abcd' at 'tags.1.member.tagKey' failed to satisfy constraint: Member must have length less than or equal to 3",
    )
  })

  it('rejects wrong JSON types with SerializationException', () => {
    for (const bad of [
      { KeyId: 5 },
      { KeyId: 'k', NumberOfBytes: 1.5 },
      { KeyId: 'k', Plaintext: '***' },
      { KeyId: 'k', Tags: {} },
      [],
    ]) {
      expect(() => readInput(members, bad, 'wire')).toThrow(SerializationException)
    }
  })

  it('refuses nesting deeper than 64 levels anywhere, even in unknown members', () => {
    const nested = (levels: number): unknown => JSON.parse('['.repeat(levels) + ']'.repeat(levels))
    // The request object is level 1, so 63 more levels in a member make 64.
    expect(() => readInput(members, { KeyId: 'k', Unknown: nested(63) }, 'wire')).not.toThrow()
    for (const bad of [
      { KeyId: 'k', Unknown: nested(64) },
      { KeyId: 'k', Tags: nested(64) },
      { KeyId: 'k', Unknown: nested(100_000) },
    ]) {
      expect(() => readInput(members, bad, 'wire')).toThrow(SerializationException)
    }
  })

  it('typed input takes Uint8Array blobs and copies them', () => {
    const bytes = Uint8Array.of(9)
    const input = readInput(members, { KeyId: 'k', Plaintext: bytes }, 'typed')
    bytes[0] = 0
    expect(input.Plaintext).toEqual(Uint8Array.of(9))
    expect(() => readInput(members, { KeyId: 'k', Plaintext: 'AQID' }, 'typed')).toThrow(
      SerializationException,
    )
  })
})
