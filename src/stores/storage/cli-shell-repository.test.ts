import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { afterEach, describe, expect, it } from 'vitest'
import { appInstallStore } from '../app-install.ts'
import { createCliShellRepository } from './cli-shell-repository.ts'
import { DB_VERSION, openKeyDeckDb, type KeyDeckDb } from './keydeck-db.ts'

const opened: { close(): void }[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))
let n = 0

async function open(name: string): Promise<KeyDeckDb> {
  const db = await openKeyDeckDb(name)
  opened.push(db)
  return db
}

/** A Storage with what the localStorage version of the panel wrote. */
function storage(items: Record<string, string>): Storage {
  const map = new Map(Object.entries(items))
  return {
    get length() {
      return map.size
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  }
}

describe('CLI shell in IndexedDB', () => {
  it('keeps file bytes and the history across a reopen', async () => {
    const name = `cli-${++n}`
    const first = createCliShellRepository(await open(name), undefined)
    await first.writeFile('notes.enc', new Uint8Array([0, 1, 255]))
    await first.writeFile('gone.txt', new Uint8Array([1]))
    await first.removeFile('gone.txt')
    await first.saveHistory(['ls', 'aws kms list-keys'])

    const again = await createCliShellRepository(await open(name), undefined).load()
    expect([...again.files]).toEqual([['notes.enc', new Uint8Array([0, 1, 255])]])
    expect(again.files.get('notes.enc')).toBeInstanceOf(Uint8Array)
    expect(again.history).toEqual(['ls', 'aws kms list-keys'])
  })

  it('moves the folder and history the localStorage version kept, once', async () => {
    const legacy = storage({
      'keydeck-cli-files': JSON.stringify({ 'secret.enc': 'AAEC', 'bad.bin': 42 }),
      'keydeck-cli-history': JSON.stringify(['echo hi', 7]),
    })
    const repo = createCliShellRepository(await open(`cli-${++n}`), legacy)
    const loaded = await repo.load()
    expect([...loaded.files]).toEqual([['secret.enc', new Uint8Array([0, 1, 2])]])
    expect(loaded.history).toEqual(['echo hi'])
    expect(legacy.length).toBe(0)
    expect((await repo.load()).files.size).toBe(1)
  })

  it('upgrades a version 3 database, keeping its data, and adds the CLI stores', async () => {
    const name = `upgrade-${++n}`
    const v3 = await openDB(name, 3, {
      upgrade(db) {
        db.createObjectStore('cardStates', { keyPath: 'cardId' })
        const log = db.createObjectStore('reviewLog', { keyPath: 'id' })
        log.createIndex('byCard', 'cardId')
        log.createIndex('byTime', 'reviewedAt')
        db.createObjectStore('meta')
        for (const store of ['kmsKeys', 'kmsAliases', 'kmsPrincipals', 'kmsAudit'])
          db.createObjectStore(store)
        db.createObjectStore('cardNotes', { keyPath: 'cardId' })
      },
    })
    await v3.put('meta', { newPerDay: 7 }, 'settings')
    await v3.put('kmsAliases', { name: 'alias/orders' }, 'alias/orders')
    await v3.put('cardNotes', { cardId: 'c1', text: 'mine', updatedAt: 1 })
    v3.close()

    const db = await open(name)
    expect(db.version).toBe(DB_VERSION)
    expect(DB_VERSION).toBe(6)
    expect(await db.get('meta', 'settings')).toEqual({ newPerDay: 7 })
    expect(await db.get('kmsAliases', 'alias/orders')).toEqual({ name: 'alias/orders' })
    expect(await db.getAll('cardNotes')).toHaveLength(1)
    expect(await createCliShellRepository(db, undefined).load()).toEqual({
      files: new Map(),
      history: [],
    })
  })

  it('a tab on this version steps aside for a newer one, so two schemas never write at once', async () => {
    const name = `two-tabs-${++n}`
    const db = await open(name)
    const newer = await openDB(name, DB_VERSION + 1)
    opened.push(newer)
    expect(newer.version).toBe(DB_VERSION + 1)
    expect(appInstallStore.getState().replacedElsewhere).toBe(true)
    // This tab's connection was closed for the upgrade: it can no longer write.
    await expect(db.put('cliHistory', ['ls'], 'lines')).rejects.toThrow()
  })
})
