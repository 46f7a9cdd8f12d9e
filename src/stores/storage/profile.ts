/**
 * The demo profile (issue 14, item 6): a second, separate database for class demos, with its own
 * study progress and sandbox account, so a teacher's demos never touch their own. Which profile a
 * tab uses is chosen once, at start-up, from one localStorage key; switching reloads the page
 * into the other one. A tab already open keeps the profile it started with (its database
 * connection is to that profile's database), and its header says which it is on.
 */
export const PROFILE_KEY = 'keydeck-profile'
/**
 * The demo profile's database (the main one is keydeck-db.ts's DB_NAME). Not imported from there:
 * the header reads this module, and keydeck-db.ts would bring idb into every screen's entry.
 */
export const DEMO_DB_NAME = 'keydeck-demo'

function readDemo(): boolean {
  try {
    return localStorage.getItem(PROFILE_KEY) === 'demo'
  } catch {
    return false // no storage: the main profile
  }
}

/** Read once: a tab stays on the profile it started with until it reloads. */
const demo = readDemo()

/** Whether this tab runs on the demo profile. */
export function isDemoProfile(): boolean {
  return demo
}

/** The database of this tab's profile: undefined for the main one (keydeck-db.ts's default). */
export function profileDbName(): string | undefined {
  return demo ? DEMO_DB_NAME : undefined
}

/** Chooses the profile the app opens on next, and reloads into it. */
export function switchProfile(toDemo: boolean): void {
  if (toDemo) localStorage.setItem(PROFILE_KEY, 'demo')
  else localStorage.removeItem(PROFILE_KEY)
  location.reload()
}
