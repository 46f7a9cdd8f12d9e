/**
 * A localStorage key that says this browser has a KeyDeck database. The built index.html's boot
 * script (scripts/first-visit/first-visit-boot.ts) reads it synchronously to tell a learner's
 * first visit, which it may draw from the HTML before the app has loaded, from a returning one,
 * whose first card comes from their progress; opening IndexedDB to find out would cost the time
 * the snapshot saves. For databases made before this key existed, the boot script also asks
 * `indexedDB.databases()` and writes it.
 */
export const DATABASE_MARKER_KEY = 'keydeck-has-database'

/** Called once the main database is open: from now on no visit counts as a first one. */
export function markDatabaseExists(): void {
  try {
    localStorage.setItem(DATABASE_MARKER_KEY, '1')
  } catch {
    // Storage refused (a privacy mode): the boot script's database check still tells.
  }
}
