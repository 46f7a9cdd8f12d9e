/**
 * The CLI panel's shell in IndexedDB (the `cliFiles` and `cliHistory` stores, keydeck-db.ts v4):
 * the folder's files as their bytes, the command history as one list. The folder belongs to the
 * sandbox, so it lives with the sandbox's account in the app's one database, not in localStorage.
 */
import { decodeBase64 } from '@/core/bytes/base64.ts'
import type { KeyDeckDb } from './keydeck-db.ts'

/** Where the first version of the panel kept them (base64 JSON in localStorage), read once. */
const LEGACY_FILES_KEY = 'keydeck-cli-files'
const LEGACY_HISTORY_KEY = 'keydeck-cli-history'

export interface CliShellData {
  readonly files: ReadonlyMap<string, Uint8Array>
  readonly history: readonly string[]
}

export function createCliShellRepository(db: KeyDeckDb, legacy: Storage | undefined) {
  async function loadStored(): Promise<CliShellData> {
    const tx = db.transaction(['cliFiles', 'cliHistory'], 'readonly')
    const files = tx.objectStore('cliFiles')
    const [names, contents, history] = await Promise.all([
      files.getAllKeys(),
      files.getAll(),
      tx.objectStore('cliHistory').get('lines'),
    ])
    return {
      files: new Map(names.map((name, i) => [name, contents[i]!])),
      history: history ?? [],
    }
  }

  /** Moves what the localStorage version kept into the database, then forgets it there. */
  async function moveLegacy(): Promise<void> {
    if (!legacy) return
    const files = readLegacyFiles(legacy.getItem(LEGACY_FILES_KEY))
    const history = readLegacyHistory(legacy.getItem(LEGACY_HISTORY_KEY))
    if (files.size === 0 && history.length === 0) return
    const tx = db.transaction(['cliFiles', 'cliHistory'], 'readwrite', { durability: 'strict' })
    const stored = tx.objectStore('cliFiles')
    // A file of the same name already in the database is newer: it stays.
    for (const [name, bytes] of files)
      if ((await stored.getKey(name)) === undefined) await stored.put(bytes, name)
    const lines = tx.objectStore('cliHistory')
    if ((await lines.get('lines')) === undefined && history.length > 0)
      await lines.put(history, 'lines')
    await tx.done
    legacy.removeItem(LEGACY_FILES_KEY)
    legacy.removeItem(LEGACY_HISTORY_KEY)
  }

  return {
    async load(): Promise<CliShellData> {
      await moveLegacy()
      return loadStored()
    },

    async writeFile(name: string, bytes: Uint8Array): Promise<void> {
      await db.put('cliFiles', bytes, name)
    },

    async removeFile(name: string): Promise<void> {
      await db.delete('cliFiles', name)
    },

    async saveHistory(history: readonly string[]): Promise<void> {
      await db.put('cliHistory', [...history], 'lines')
    },
  }
}

export type CliShellRepository = ReturnType<typeof createCliShellRepository>

function readLegacyFiles(json: string | null): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>()
  try {
    const stored: unknown = JSON.parse(json ?? '{}')
    if (typeof stored === 'object' && stored !== null)
      for (const [name, text] of Object.entries(stored)) {
        const bytes = typeof text === 'string' ? decodeBase64(text) : undefined
        if (bytes) files.set(name, bytes)
      }
  } catch {
    // Unreadable: nothing to move.
  }
  return files
}

function readLegacyHistory(json: string | null): string[] {
  try {
    const stored: unknown = JSON.parse(json ?? '[]')
    return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : []
  } catch {
    return []
  }
}
