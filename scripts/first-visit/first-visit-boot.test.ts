import { describe, expect, it } from 'vitest'
import { DB_NAME } from '../../src/stores/storage/keydeck-db.ts'
import { DATABASE_MARKER_KEY } from '../../src/stores/storage/first-visit-marker.ts'
import { DISPLAY_KEY } from '../../src/stores/storage/display-storage.ts'
import { PROFILE_KEY } from '../../src/stores/storage/profile.ts'
import { BOOT_SCRIPT_NAMES, FIRST_VISIT_BOOT_SCRIPT } from './first-visit-boot.ts'

describe('the first-visit boot script', () => {
  it('reads the storage names the app writes', () => {
    expect(BOOT_SCRIPT_NAMES).toEqual({
      database: DB_NAME,
      databaseMarker: DATABASE_MARKER_KEY,
      display: DISPLAY_KEY,
      profile: PROFILE_KEY,
    })
    for (const name of Object.values(BOOT_SCRIPT_NAMES)) {
      expect(FIRST_VISIT_BOOT_SCRIPT).toContain(`"${name}"`)
    }
  })
})
