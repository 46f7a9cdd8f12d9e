import type { KmsCollection, KmsStore } from './kms-store.ts'

/** In-memory KmsStore. Values are structured-cloned in and out, like IndexedDB does. */
export function createMemoryKmsStore(): KmsStore {
  return {
    keys: memoryCollection(),
    aliases: memoryCollection(),
    principals: memoryCollection(),
    audit: memoryCollection(),
  }
}

function memoryCollection<T>(): KmsCollection<T> {
  const items = new Map<string, T>()
  return {
    get: async (id) => {
      const value = items.get(id)
      return value === undefined ? undefined : structuredClone(value)
    },
    put: async (id, value) => {
      items.set(id, structuredClone(value))
    },
    delete: async (id) => {
      items.delete(id)
    },
    list: async () => [...items.values()].map((value) => structuredClone(value)),
  }
}
