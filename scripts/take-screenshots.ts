/**
 * The screenshots the README shows, from the built app:
 * `npx vite build && npx vite preview & npx tsx scripts/take-screenshots.ts [outDir]`
 * (BASE_URL for another address). Each opens a fresh browser profile, so no study data of yours
 * shows; the study shot reveals the first card's answer.
 */
import { chromium, devices, type BrowserContextOptions, type Page } from '@playwright/test'
import { findChromium } from './find-chromium.ts'

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173'
const out = process.argv[2] ?? 'docs'

const desktop = { viewport: { width: 1280, height: 800 } }
const shots: {
  file: string
  options: BrowserContextOptions
  scheme: 'light' | 'dark'
  path: string
  ready: (page: Page) => Promise<void>
}[] = [
  {
    file: 'screenshot-study.png',
    options: desktop,
    scheme: 'light',
    path: '/',
    ready: async (page) => {
      await page.getByRole('button', { name: /Show answer/ }).click()
      await page.getByRole('group', { name: 'How well did you remember?' }).waitFor()
      await page.getByRole('link', { name: 'Card details and sources' }).waitFor()
    },
  },
  {
    file: 'screenshot-browse.png',
    options: desktop,
    scheme: 'light',
    path: '/browse/rotation-aws-managed-yearly?tag=rotation',
    ready: (page) => page.getByRole('heading', { name: /Changed at AWS/ }).waitFor(),
  },
  {
    file: 'screenshot-browse-phone-dark.png',
    options: devices['Pixel 7'],
    scheme: 'dark',
    path: '/browse/rotation-aws-managed-yearly?tag=rotation',
    ready: (page) => page.getByRole('heading', { name: /Changed at AWS/ }).waitFor(),
  },
]

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu'] })
for (const shot of shots) {
  const context = await browser.newContext({ ...shot.options, colorScheme: shot.scheme })
  const page = await context.newPage()
  await page.goto(base + shot.path)
  await shot.ready(page)
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: `${out}/${shot.file}` })
  console.log(`${out}/${shot.file}`)
  await context.close()
}
await browser.close()
