/**
 * Screenshots of the built app for the README and for reviewing a change by eye:
 * `npx vite build && npx vite preview & npx tsx scripts/take-screenshots.ts [outDir]`.
 */
import { chromium, devices } from '@playwright/test'
import { findChromium } from './find-chromium.ts'

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173'
const out = process.argv[2] ?? 'docs'
const shots = [
  { name: 'browse', path: '/browse/rotation-aws-managed-yearly?tag=rotation' },
  { name: 'search', path: '/browse?q=encryption+context' },
]

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu'] })
for (const [device, options] of [
  ['desktop', { viewport: { width: 1280, height: 800 } }],
  ['phone', devices['Pixel 7']],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ ...options, colorScheme: scheme })
    for (const shot of shots) {
      await page.goto(base + shot.path)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await page.waitForLoadState('networkidle')
      const file = `${out}/screenshot-${shot.name}${device === 'phone' ? '-phone' : ''}${scheme === 'dark' ? '-dark' : ''}.png`
      await page.screenshot({ path: file })
      console.log(file)
    }
    await page.close()
  }
}
await browser.close()
