/**
 * In Chromium, the time from a grade key to the next card painted, over 200 grades, against a
 * baseline measured in the same run: a key press that only asks for the next frame (the input
 * and paint latency of the page itself). Runs the production build through `vite preview`.
 * Target: median ≤ 16 ms (one frame at 60 Hz).
 */
import { chromium } from '@playwright/test'
import { findChromium } from '../scripts/find-chromium.ts'
import { median, withPreviewServer } from './preview-server.ts'

const PORT = 4179
const GRADES = 200

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!

await withPreviewServer(PORT, async (base) => {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu'] })
  const page = await browser.newPage()
  await page.goto(`${base}/settings`)
  await page.getByLabel('New cards per day').fill('500')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await page.getByText('Saved.').waitFor()
  await page.goto(base)
  await page.getByRole('button', { name: /Show answer/ }).waitFor()

  // In the page: time from keydown to the first frame after the question changed.
  await page.evaluate(() => {
    const w = window as unknown as { __pending?: number; __samples: number[]; __baseline: number[] }
    w.__samples = []
    w.__baseline = []
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key === '3' || e.key === '1') w.__pending = performance.now()
        if (e.key === 'b') {
          const start = performance.now()
          requestAnimationFrame(() =>
            setTimeout(() => w.__baseline.push(performance.now() - start)),
          )
        }
      },
      { capture: true },
    )
    new MutationObserver(() => {
      const start = w.__pending
      if (start === undefined) return
      w.__pending = undefined
      requestAnimationFrame(() => setTimeout(() => w.__samples.push(performance.now() - start)))
    }).observe(document.querySelector('main')!, {
      subtree: true,
      childList: true,
      characterData: true,
    })
  })
  const question = page.locator('#review-question + *')
  for (let i = 0; i < GRADES; i++) {
    await page.keyboard.press('b')
    const before = await question.textContent()
    await page.keyboard.press('Space')
    await page.getByRole('group', { name: 'How well did you remember?' }).waitFor()
    await page.keyboard.press(i % 3 === 0 ? '1' : '3')
    await page.waitForFunction(
      (text) =>
        document.querySelector('#review-question + *')?.textContent !== text ||
        !document.querySelector('#review-question'),
      before,
    )
    await page.waitForFunction(
      (n) => (window as unknown as { __samples: number[] }).__samples.length >= n,
      i + 1,
    )
  }
  const { samples, baseline } = await page.evaluate(() => {
    const w = window as unknown as { __samples: number[]; __baseline: number[] }
    return { samples: w.__samples, baseline: w.__baseline }
  })
  await browser.close()
  const m = median(samples)
  const b = median(baseline)
  console.log('Grade key → next card painted, Chromium, production build')
  console.log(`  grades measured        ${samples.length}`)
  console.log(`  baseline (key → frame) median ${b.toFixed(2)} ms`)
  console.log(
    `  grade → next card      median ${m.toFixed(2)} ms, p95 ${percentile(samples, 0.95).toFixed(2)} ms`,
  )
  console.log(`  ratio to baseline      ${(m / b).toFixed(2)}×`)
  console.log(`  target ≤ 16 ms median  ${m <= 16 ? 'PASS' : 'MISS'}`)
})
