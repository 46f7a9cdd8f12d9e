import { setOwnMember } from '../own-member.ts'
import type { KmsCollection, KmsStore } from './kms-store.ts'

/**
 * In-memory KmsStore. Values are copied in and out, like IndexedDB does (a structured clone), so
 * no caller ever holds a live record.
 */
export function createMemoryKmsStore(): KmsStore {
  return {
    keys: memoryCollection(),
    aliases: memoryCollection(),
    principals: memoryCollection(),
    audit: memoryCollection(),
    grants: memoryCollection(),
  }
}

function memoryCollection<T>(): KmsCollection<T> {
  const items = new Map<string, T>()
  return {
    get: async (id) => {
      const value = items.get(id)
      return value === undefined ? undefined : copyRecord(value)
    },
    put: async (id, value) => {
      items.set(id, copyRecord(value))
    },
    delete: async (id) => {
      items.delete(id)
    },
    list: async () => [...items.values()].map((value) => copyRecord(value)),
  }
}

const cryptoKeyClass: (abstract new () => unknown) | undefined = globalThis.CryptoKey

/**
 * What structuredClone gives for store records, several times faster: cloning a CryptoKey
 * rebuilds its native key object, which dominated every request. A CryptoKey has no mutable
 * state (its properties are read-only and its material is out of reach), so the copy shares it;
 * everything else a record holds (plain objects, arrays, byte arrays) is copied. Other values
 * (Date, Map, …) and unclonable ones (functions) go to structuredClone, which copies or rejects
 * them as before.
 */
export function copyRecord<T>(value: T): T {
  return copyValue(value) as T
}

function copyValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value
  }
  if (Array.isArray(value)) return value.map(copyValue)
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      setOwnMember(out, key, copyValue((value as Record<string, unknown>)[key]))
    }
    return out
  }
  if (value instanceof Uint8Array && proto === Uint8Array.prototype) return value.slice()
  if (cryptoKeyClass !== undefined && value instanceof cryptoKeyClass) return value
  return structuredClone(value)
}
