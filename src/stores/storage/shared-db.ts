import { openKeyDeckDb, type KeyDeckDb } from './keydeck-db.ts'
import { profileDbName } from './profile.ts'

let opening: Promise<KeyDeckDb> | undefined

/**
 * The app's one connection to its IndexedDB database, opened by whichever screen needs it first
 * (study or sandbox), so both share one connection and one schema upgrade: the database of this
 * tab's profile (the main one, or the demo profile's: profile.ts). Opening it also asks
 * the browser to keep the data under storage pressure (no eviction of reviews or keys).
 * @see https://developer.mozilla.org/en-US/docs/Web/API/StorageManager/persist
 */
export function keyDeckDb(): Promise<KeyDeckDb> {
  if (opening === undefined) {
    void navigator.storage?.persist?.().catch(() => false)
    opening = openKeyDeckDb(profileDbName()).catch((error: unknown) => {
      opening = undefined // a reload, or the next screen, tries again
      throw error
    })
  }
  return opening
}
