import { describe, expect, it } from 'vitest'
import { copyRecord, createMemoryKmsStore } from './memory-store.ts'

describe('memory store copies', () => {
  it('copies objects, arrays and bytes both ways; shares the immutable CryptoKey', async () => {
    const cryptoKey = await globalThis.crypto.subtle.generateKey(
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt'],
    )
    const record = { nested: { list: [1, { bytes: new Uint8Array([1, 2]) }] }, cryptoKey, n: 1 }
    const store = createMemoryKmsStore()
    const audit = store.audit as unknown as {
      put(id: string, value: unknown): Promise<void>
      get(id: string): Promise<typeof record | undefined>
    }
    await audit.put('r', record)
    record.nested.list[0] = 9
    ;(record.nested.list[1] as { bytes: Uint8Array }).bytes[0] = 9
    const out = await audit.get('r')
    expect(out?.nested.list[0]).toBe(1)
    expect((out?.nested.list[1] as { bytes: Uint8Array }).bytes).toEqual(new Uint8Array([1, 2]))
    expect(out?.cryptoKey).toBe(cryptoKey)
    expect(await audit.get('r')).not.toBe(out)
  })

  it('falls back to structuredClone for other values and rejects unclonable ones', () => {
    const date = new Date(0)
    const copied = copyRecord({ date, map: new Map([['a', 1]]) })
    expect(copied.date).toEqual(date)
    expect(copied.date).not.toBe(date)
    expect(copied.map.get('a')).toBe(1)
    expect(() => copyRecord({ f: () => 1 })).toThrow()
  })
})
