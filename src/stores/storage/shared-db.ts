import { openKeyDeckDb, type KeyDeckDb } from './keydeck-db.ts'

let opening: Promise<KeyDeckDb> | undefined

/**
 * The app's one connection to its IndexedDB database, opened by whichever screen needs it first
 * (study or sandbox), so both share one connection and one schema upgrade.
 */
export function keyDeckDb(): Promise<KeyDeckDb> {
  opening ??= openKeyDeckDb()
  return opening
}
