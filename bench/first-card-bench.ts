/**
 * In Chromium, how long a cold first visit takes to paint the first card, against a one-line
 * static page served by the same server (the floor: navigation, HTML, one paint). Each load is a
 * fresh browser context (empty cache, no service worker yet, an empty database), as a learner's
 * first visit; the two pages alternate so background load affects both alike. Paint times are
 * Element Timing `renderTime`s: the moment the card's text (or the static line) was painted.
 * Target: the first card at most 2.5× the static page (median of 10 loads each).
 * @see https://developer.mozilla.org/en-US/docs/Web/API/PerformanceElementTiming
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { findChromium } from '../scripts/find-chromium.ts'
import { median, withPreviewServer } from './preview-server.ts'

const PORT = Number(process.env.BENCH_PORT ?? 4181)
const LOADS = 10
const TARGET = 2.5
const STATIC_PAGE = 'first-card-static.html'

type Probe = { __painted?: number }

/** Milliseconds from navigation to the paint of the element marked `elementtiming="first-card"`. */
async function paintTime(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext()
  await context.addInitScript(() => {
    const probe = window as unknown as Probe
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { renderTime: number })[])
        probe.__painted ??= entry.renderTime
    }).observe({ type: 'element', buffered: true })
    // The app's card is marked here, not in its code: the card's topic line, which is drawn in
    // the same frame as its question. Every copy is marked, and the first painted counts: the
    // first-visit snapshot's line, or React's when the app replaced the snapshot before it was
    // ever painted (marking only the first copy then waited forever for a paint that never came).
    new MutationObserver(() => {
      document
        .querySelectorAll('article[aria-labelledby="review-question"] > p:not([elementtiming])')
        .forEach((line) => line.setAttribute('elementtiming', 'first-card'))
    }).observe(document, { childList: true, subtree: true })
  })
  const page = await context.newPage()
  await page.goto(url)
  const handle = await page.waitForFunction(() => (window as unknown as Probe).__painted, null, {
    timeout: 30_000,
  })
  const ms = (await handle.jsonValue()) as number
  await context.close()
  return ms
}

await withPreviewServer(
  PORT,
  async (base) => {
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: ['--disable-gpu'],
    })
    // One warm-up of each, so the first measured load does not pay for starting the browser.
    await paintTime(browser, `${base}/${STATIC_PAGE}`)
    await paintTime(browser, `${base}/`)
    const staticTimes: number[] = []
    const cardTimes: number[] = []
    for (let i = 0; i < LOADS; i++) {
      staticTimes.push(await paintTime(browser, `${base}/${STATIC_PAGE}`))
      cardTimes.push(await paintTime(browser, `${base}/`))
    }
    await browser.close()
    const s = median(staticTimes)
    const c = median(cardTimes)
    const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(', ')
    console.log('Cold first visit: navigation → painted, Chromium, production build')
    console.log(`  static one-line page   median ${s.toFixed(0)} ms  (${list(staticTimes)})`)
    console.log(`  first card             median ${c.toFixed(0)} ms  (${list(cardTimes)})`)
    console.log(`  ratio                  ${(c / s).toFixed(2)}×`)
    console.log(`  target ≤ ${TARGET}×          ${c / s <= TARGET ? 'PASS' : 'MISS'}`)
  },
  {
    addFiles: (dist) =>
      writeFileSync(
        join(dist, STATIC_PAGE),
        '<!doctype html><html lang="en"><title>Static</title><p elementtiming="first-card">KeyDeck</p></html>\n',
      ),
  },
)
