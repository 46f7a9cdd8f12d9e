import { describe, expect, it } from 'vitest'
import { failedModuleUrl } from './failed-module-url.ts'

describe('failedModuleUrl', () => {
  const url = 'http://127.0.0.1:4173/keydeck/assets/search-age3yaBn.js'
  it("reads the module's URL from Chromium's and Firefox's messages", () => {
    expect(failedModuleUrl(`Failed to fetch dynamically imported module: ${url}`)).toBe(url)
    expect(failedModuleUrl(`error loading dynamically imported module: ${url}`)).toBe(url)
    expect(
      failedModuleUrl(`This part could not be loaded (Failed to fetch … module: ${url}).`),
    ).toBe(url)
  })
  it('gives nothing when the message names no module (Safari)', () => {
    expect(failedModuleUrl('Importing a module script failed.')).toBeUndefined()
  })
})
