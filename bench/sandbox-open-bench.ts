/**
 * In Chromium, the time from a click on the main navigation's Sandbox link (on the study screen)
 * to an interactive console, as a ratio to the time from a click on its Study link (on another
 * screen) to the first card shown, both measured in the same run. "Interactive console": the
 * sandbox's heading and an enabled control of the create-key wizard (its key-type radios, which
 * appear once the sandbox account is loaded). "First card": the study screen's card. Each round
 * is a fresh browser context (empty cache, empty database), so the first Sandbox click pays for
 * loading the sandbox's own chunk, as a learner's first visit does; a second Sandbox click in the
 * same context is reported too (chunk already loaded). Times run from the click event's
 * timestamp to the first frame after the target appeared.
 */
import { chromium, type Browser, type Page } from '@playwright/test'
import { findChromium } from '../scripts/find-chromium.ts'
import { median, withPreviewServer } from './preview-server.ts'

const PORT = Number(process.env.BENCH_PORT ?? 4182)
const ROUNDS = 10

type Target = 'sandbox' | 'study'
type Probe = { __done?: number }

/** Clicks the main navigation's `link` and returns ms until `target` is ready and painted. */
async function timeClick(page: Page, link: string, target: Target): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.evaluate((kind) => {
    const probe = window as unknown as Probe
    probe.__done = undefined
    addEventListener(
      'click',
      (event) => {
        const start = event.timeStamp
        const observer = new MutationObserver(() => {
          const ready =
            kind === 'sandbox'
              ? (document.querySelector('main h1')?.textContent ?? '').includes('KMS sandbox') &&
                Array.from(document.querySelectorAll('main input[type="radio"]')).some(
                  (r) => !(r as HTMLInputElement).disabled,
                )
              : document.querySelector('article[aria-labelledby="review-question"]') !== null
          if (!ready) return
          observer.disconnect()
          requestAnimationFrame(() => setTimeout(() => (probe.__done = performance.now() - start)))
        })
        observer.observe(document, { subtree: true, childList: true, attributes: true })
      },
      { capture: true, once: true },
    )
  }, target)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: link, exact: true })
    .click()
  const handle = await page.waitForFunction(() => (window as unknown as Probe).__done, null, {
    timeout: 30_000,
  })
  return (await handle.jsonValue()) as number
}

/** One learner's first visit: study → Sandbox (cold) → Study → Sandbox again (warm). */
async function round(browser: Browser, base: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${base}/`)
  await page.locator('article[aria-labelledby="review-question"]').waitFor({ timeout: 30_000 })
  const sandboxCold = await timeClick(page, 'Sandbox', 'sandbox')
  const study = await timeClick(page, 'Study', 'study')
  const sandboxWarm = await timeClick(page, 'Sandbox', 'sandbox')
  await context.close()
  return { sandboxCold, study, sandboxWarm }
}

await withPreviewServer(PORT, async (base) => {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu'] })
  await round(browser, base) // warm-up: starting the browser is not the app's cost
  const cold: number[] = []
  const warm: number[] = []
  const study: number[] = []
  for (let i = 0; i < ROUNDS; i++) {
    const r = await round(browser, base)
    cold.push(r.sandboxCold)
    warm.push(r.sandboxWarm)
    study.push(r.study)
  }
  await browser.close()
  const [c, w, s] = [median(cold), median(warm), median(study)]
  const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(', ')
  console.log('Click in the main navigation → screen ready, Chromium, production build')
  console.log(
    `  Study link → first card                 median ${s.toFixed(0)} ms  (${list(study)})`,
  )
  console.log(
    `  Sandbox link → console, first visit     median ${c.toFixed(0)} ms  (${list(cold)})`,
  )
  console.log(
    `  Sandbox link → console, chunk loaded    median ${w.toFixed(0)} ms  (${list(warm)})`,
  )
  console.log(`  ratio sandbox first visit / study       ${(c / s).toFixed(2)}×`)
  console.log(`  ratio sandbox chunk loaded / study      ${(w / s).toFixed(2)}×`)
})
