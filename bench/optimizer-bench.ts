// Optimizer benchmark: Settings → Optimize on 10,000 reviews (a seeded synthetic history of 1,000
// cards, made with the real scheduler), i.e. fsrs-browser's WebAssembly training, on one thread
// as in the app's worker. Reported as a ratio to a baseline from the same run: evaluating the
// default parameters on the same items (the fit the screen shows first), plus raw ms.
// Run: npx tsx bench/optimizer-bench.ts
import { readFileSync } from 'node:fs'
import { register } from 'node:module'
import { availableParallelism, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import type { CardId } from '../src/core/deck/card.ts'
import { dayNumber } from '../src/core/srs/day.ts'
import {
  DEFAULT_FSRS_PARAMETERS,
  evaluateFit,
  fsrsItemsFromLog,
} from '../src/core/srs/optimizer.ts'
import { syntheticHistory } from '../src/core/srs/testing/synthetic-history.ts'

register('./fsrs-one-thread-hooks.ts', import.meta.url)
// Imported after the hook is in place, so the glue gets the one-thread stand-in.
const { initSync, Fsrs } = await import('fsrs-browser')
const { trainParameters } = await import('../src/stores/optimizer/run-optimizer.ts')

const REVIEWS = 10_000
const RUNS = 3
const BASELINE_RUNS = 11

initSync({
  module: readFileSync(
    new URL('../node_modules/fsrs-browser/fsrs_browser_bg.wasm', import.meta.url),
  ),
})

const cardIds = Array.from({ length: 1_000 }, (_, i) => `card-${i}` as CardId)
const { logs } = syntheticHistory({
  cardIds,
  reviews: REVIEWS,
  start: Date.UTC(2025, 0, 1, 8),
  seed: 20_260_310,
})
const { items, reviewsUsed } = fsrsItemsFromLog(logs, (ms) => dayNumber(ms, 4, 0))

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

// fsrs-rs logs its epochs (console.log and console.info); the table is what this bench reports.
const quietly = (run: () => unknown) => () => {
  const { log, info } = console
  console.log = console.info = () => {}
  try {
    return run()
  } finally {
    Object.assign(console, { log, info })
  }
}

const request = { items, current: DEFAULT_FSRS_PARAMETERS }
time(() => evaluateFit(items, DEFAULT_FSRS_PARAMETERS)) // warm-up
const baseline = median(
  Array.from({ length: BASELINE_RUNS }, () =>
    time(() => evaluateFit(items, DEFAULT_FSRS_PARAMETERS)),
  ),
)
time(quietly(() => trainParameters(Fsrs, request))) // warm-up (WebAssembly tier-up)
const optimize = median(
  Array.from({ length: RUNS }, () => time(quietly(() => trainParameters(Fsrs, request)))),
)

console.log(
  `Optimizer bench (Node ${process.versions.node}, ${availableParallelism()} CPUs, load ${loadavg()[0]!.toFixed(1)}):` +
    ` ${logs.length} reviews → ${reviewsUsed} used, ${items.length} FSRS items.` +
    ` Median of ${RUNS} runs after a warm-up (baseline: ${BASELINE_RUNS} runs).`,
)
console.table([
  {
    measurement: 'baseline: fit of the default parameters',
    'median ms': baseline.toFixed(1),
    ratio: '1.0',
  },
  {
    measurement: 'optimize (train FSRS-6, one thread)',
    'median ms': optimize.toFixed(0),
    ratio: (optimize / baseline).toFixed(0),
  },
])
