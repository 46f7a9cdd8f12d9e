/**
 * The app's IndexedDB database (`keydeck`, src/stores/storage/keydeck-db.ts), opened inside the
 * page for tests that read what is stored or plant data the way the app stores it.
 */
import type { Page } from '@playwright/test'

/** Promises over IndexedDB's events, available to the code that runs in the page. */
export interface IdbTools {
  /** An IDBRequest's result. */
  result<T>(request: IDBRequest<T>): Promise<T>
  /** Resolves when the transaction has committed. */
  committed(tx: IDBTransaction): Promise<void>
}

/**
 * Runs `work` in the page with the open database, then closes it. `work` runs in the browser:
 * it sees only its arguments (`arg` must be JSON-safe), and returns what the test receives.
 * The database must exist (the app creates it on its first screen).
 */
export async function inKeyDeckDb<A, R>(
  page: Page,
  work: (db: IDBDatabase, idb: IdbTools, arg: A) => Promise<R>,
  arg: A,
): Promise<R> {
  // Sent as source: a function given to page.evaluate cannot call another one from the test.
  const script = `(async () => {
    const idb = {
      result: (request) => new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      }),
      committed: (tx) => new Promise((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
        tx.onabort = () => reject(tx.error)
      }),
    }
    const db = await idb.result(indexedDB.open('keydeck'))
    try {
      return await (${work.toString()})(db, idb, ${JSON.stringify(arg ?? null)})
    } finally {
      db.close()
    }
  })()`
  return await page.evaluate(script)
}
