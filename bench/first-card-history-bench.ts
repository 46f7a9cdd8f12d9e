/**
 * In Chromium, the time from navigation to the first card on screen (`performance.mark
 * ('first-card')`) with a long review history, against the same page with no history, measured
 * in the same run on the production build. A learner's history only grows; the first card must
 * not wait for it. Target: 200,000 reviews at most 2× an empty history (median of 7 loads each).
 */
import { chromium, type BrowserContext } from '@playwright/test'
import { findChromium } from '../scripts/find-chromium.ts'
import { median, withPreviewServer } from './preview-server.ts'
import { compileDeck } from '../src/core/deck/compile-deck.ts'
import { gradeCard } from '../src/core/srs/answering.ts'
import {
  DEFAULT_SETTINGS,
  newCardState,
  type CardSrsState,
  type ReviewLogEntry,
} from '../src/core/srs/first-screen.ts'
import { readCardFiles } from '../scripts/read-card-files.ts'

const PORT = 4180
const REVIEWS = Number(process.argv[2] ?? 200_000)
const LOADS = 7
// The real clock: Playwright's fake clock also fakes `performance`, and with it the mark timed here.
const NOW = Date.now()

/** Years of reviews spread over the deck's cards, graded by the core itself. */
function history(): { states: CardSrsState[]; logs: ReviewLogEntry[] } {
  const ids = compileDeck(
    readCardFiles(new URL('../cards', import.meta.url).pathname),
  ).deck.cards.map((c) => c.id)
  const perCard = Math.ceil(REVIEWS / ids.length)
  const start = NOW - 4 * 365 * 86_400_000
  const step = Math.floor((NOW - 86_400_000 - start) / perCard)
  const states: CardSrsState[] = []
  const logs: ReviewLogEntry[] = []
  ids.forEach((id, n) => {
    let state = newCardState(id, start)
    for (let i = 0; i < perCard && logs.length < REVIEWS; i++) {
      const at = start + i * step + n * 1000
      const result = gradeCard(state, i % 9 === 4 ? 1 : 3, at, DEFAULT_SETTINGS)
      state = result.state
      logs.push(result.log)
    }
    // Due now: the first screen shows a review card, as a learner's daily session does.
    states.push({ ...state, fsrs: { ...state.fsrs, due: NOW - 3_600_000 } })
  })
  return { states, logs }
}

/** Writes the history into the app's database in this context, as the app stores it. */
async function seed(base: string, context: BrowserContext, data: ReturnType<typeof history>) {
  const page = await context.newPage()
  await page.goto(base)
  await page.getByRole('button', { name: /Show answer/ }).waitFor()
  const CHUNK = 20_000
  for (let i = 0; i < Math.max(data.logs.length, 1); i += CHUNK) {
    const chunk = { states: i === 0 ? data.states : [], logs: data.logs.slice(i, i + CHUNK) }
    await page.evaluate(
      (records) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('keydeck')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const db = open.result
            const tx = db.transaction(['cardStates', 'reviewLog'], 'readwrite')
            for (const s of records.states) tx.objectStore('cardStates').put(s)
            for (const l of records.logs) tx.objectStore('reviewLog').put(l)
            tx.oncomplete = () => (db.close(), resolve())
            tx.onerror = () => reject(tx.error)
          }
        }),
      chunk,
    )
  }
  await page.close()
}

/** Milliseconds from navigation to the first card, over `LOADS` fresh loads. */
async function firstCardTimes(base: string, context: BrowserContext): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage()
    await page.goto(base)
    await page.waitForFunction(
      () => performance.getEntriesByName('first-card', 'mark').length > 0,
      null,
      {
        timeout: 120_000,
      },
    )
    times.push(
      await page.evaluate(() => performance.getEntriesByName('first-card', 'mark')[0]!.startTime),
    )
    await page.close()
  }
  return times
}

await withPreviewServer(PORT, async (base) => {
  const made = performance.now()
  const data = history()
  console.log(
    `history: ${data.logs.length} reviews of ${data.states.length} cards (made in ${((performance.now() - made) / 1000).toFixed(1)} s)`,
  )
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu'] })
  const empty = await browser.newContext()
  await seed(base, empty, { states: [], logs: [] })
  const full = await browser.newContext()
  await seed(base, full, data)
  // Alternate the two, so background load affects both alike.
  const emptyTimes: number[] = []
  const fullTimes: number[] = []
  for (let round = 0; round < 2; round++) {
    emptyTimes.push(...(await firstCardTimes(base, empty)))
    fullTimes.push(...(await firstCardTimes(base, full)))
  }
  await browser.close()
  const e = median(emptyTimes)
  const f = median(fullTimes)
  console.log('Navigation → first card on screen, Chromium, production build')
  console.log(
    `  no history            median ${e.toFixed(0)} ms  (${emptyTimes.map((t) => t.toFixed(0)).join(', ')})`,
  )
  console.log(
    `  ${String(data.logs.length).padEnd(7)} reviews       median ${f.toFixed(0)} ms  (${fullTimes.map((t) => t.toFixed(0)).join(', ')})`,
  )
  console.log(`  ratio                 ${(f / e).toFixed(2)}×`)
  console.log(`  target ≤ 2×           ${f / e <= 2 ? 'PASS' : 'MISS'}`)
})
