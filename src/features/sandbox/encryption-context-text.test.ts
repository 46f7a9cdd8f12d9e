import { describe, expect, it } from 'vitest'
import { parseEncryptionContext } from './encryption-context-text.ts'

describe('parseEncryptionContext', () => {
  it('reads key=value pairs, trimming spaces; empty text is no context', () => {
    expect(parseEncryptionContext(' table = orders ,env=test')).toEqual({
      ok: true,
      context: { table: 'orders', env: 'test' },
    })
    expect(parseEncryptionContext('  ')).toEqual({ ok: true, context: {} })
  })

  it('keeps = inside a value', () => {
    expect(parseEncryptionContext('q=a=b')).toEqual({ ok: true, context: { q: 'a=b' } })
  })

  it('refuses a part without a key or a value, naming it', () => {
    const result = parseEncryptionContext('table=orders, env')
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('“env”') })
    expect(parseEncryptionContext('=x').ok).toBe(false)
    expect(parseEncryptionContext('x=').ok).toBe(false)
  })

  it('refuses a key given twice', () => {
    expect(parseEncryptionContext('a=1, a=2')).toMatchObject({
      ok: false,
      message: expect.stringContaining('“a” appears twice'),
    })
  })
})
