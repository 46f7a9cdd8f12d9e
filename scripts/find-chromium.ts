/**
 * Which Chromium the browser tests drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
 * Playwright's own download if one exists. Run directly (`tsx scripts/find-chromium.ts`) it
 * prints the choice, or one line saying how to get a browser and exits 1.
 */
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found: install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.'

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  try {
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return bundled
  } catch {
    // Playwright has no browser of its own here; fall through to the message.
  }
  return undefined
}

if (process.argv[1]?.endsWith('find-chromium.ts')) {
  const path = findChromium()
  if (path) console.log(`Chromium for e2e: ${path}`)
  else {
    console.error(HOW_TO_GET_CHROMIUM)
    process.exit(1)
  }
}
