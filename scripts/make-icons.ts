/**
 * Draws the app icons a phone and a desktop ask for (web app manifest, iOS home screen) from
 * public/icon.svg, in Chromium, so the PNGs are reproducible from the one vector source:
 * `npx tsx scripts/make-icons.ts` after changing the SVG. The maskable ones keep the glyph inside
 * the central 80 % safe zone on a full-bleed background, as the maskable icon spec asks.
 * @see https://web.dev/articles/maskable-icon
 * @see https://developer.mozilla.org/en-US/docs/Web/Progressive_web_apps/Manifest/Reference/icons
 */
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { findChromium } from './find-chromium.ts'

const svg = readFileSync(new URL('../public/icon.svg', import.meta.url), 'utf8')
const BACKGROUND = '#0f172a'

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-192.png', size: 192, maskable: true },
  { file: 'maskable-512.png', size: 512, maskable: true },
  // iOS draws its own rounded corners and ignores transparency: a full-bleed square.
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
] as const

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined })
const page = await browser.newPage({ deviceScaleFactor: 1 })
for (const icon of ICONS) {
  // A maskable icon: the SVG's own rounded square, scaled into the safe zone on a square fill.
  const inner = icon.maskable ? Math.round(icon.size * 0.8) : icon.size
  const image = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
  await page.setViewportSize({ width: icon.size, height: icon.size })
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px;background:${icon.maskable ? BACKGROUND : 'transparent'}">` +
      `<img src="${image}" width="${inner}" height="${inner}"></body>`,
  )
  await page.screenshot({
    path: `public/icons/${icon.file}`,
    omitBackground: !icon.maskable,
  })
  console.log(`public/icons/${icon.file}`)
}
await browser.close()
