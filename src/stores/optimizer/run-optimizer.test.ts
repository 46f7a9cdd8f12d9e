/**
 * The optimizer over the real fsrs-browser WebAssembly, in Node, on one thread (the stand-in for
 * its thread helper is aliased in vite.config.ts): a seeded history of a learner who forgets
 * faster than the FSRS-6 defaults assume gives 21 parameters that fit it better.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { initSync, Fsrs } from 'fsrs-browser'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CardId } from '@/core/deck/card.ts'
import { dayNumber } from '@/core/srs/day.ts'
import { DEFAULT_FSRS_PARAMETERS, fsrsItemsFromLog } from '@/core/srs/optimizer.ts'
import { parseSettings } from '@/core/srs/settings-schema.ts'
import { syntheticHistory } from '@/core/srs/testing/synthetic-history.ts'
import { runOptimizer } from './run-optimizer.ts'

const require = createRequire(import.meta.url)

beforeAll(() => {
  initSync({ module: readFileSync(require.resolve('fsrs-browser/fsrs_browser_bg.wasm')) })
})

const cardIds = Array.from({ length: 80 }, (_, i) => `card-${i}` as CardId)
const { logs } = syntheticHistory({
  cardIds,
  reviews: 1_000,
  start: Date.UTC(2026, 0, 1, 8),
  seed: 7,
})
const { items } = fsrsItemsFromLog(logs, (ms) => dayNumber(ms, 4, 0))

describe('runOptimizer', () => {
  it('trains FSRS-6 parameters that fit this learner better than the defaults', () => {
    const steps: string[] = []
    const outcome = runOptimizer(Fsrs, { items, current: DEFAULT_FSRS_PARAMETERS }, (step) =>
      steps.push(step),
    )
    expect(steps).toEqual(['checking-current', 'training', 'checking-new'])
    expect(outcome.optimized).toHaveLength(21)
    // Rounded to 4 decimals, as Anki shows them, and valid as a setting.
    for (const w of outcome.optimized) expect(Math.round(w * 1e4) / 1e4).toBe(w)
    expect(parseSettings({ parameters: outcome.optimized }).ok).toBe(true)
    expect(outcome.better).toBe(true)
    expect(outcome.optimizedFit.rmseBins).toBeLessThan(outcome.currentFit.rmseBins)
    expect(outcome.optimizedFit.logLoss).toBeLessThan(outcome.currentFit.logLoss)
  }, 60_000)

  it('keeps the current parameters when they already fit best', () => {
    const first = runOptimizer(Fsrs, { items, current: DEFAULT_FSRS_PARAMETERS })
    const again = runOptimizer(Fsrs, { items, current: first.optimized })
    expect(again.currentFit).toEqual(first.optimizedFit)
    expect(again.better).toBe(false)
  }, 60_000)
})
