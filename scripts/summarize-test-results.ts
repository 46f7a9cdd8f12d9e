/** Prints one line over Vitest's and Playwright's JSON reports: `N passed, N failed, N skipped`. */
import { existsSync, readFileSync } from 'node:fs'

interface Counts {
  passed: number
  failed: number
  skipped: number
}

function vitest(path: string): Counts | undefined {
  if (!existsSync(path)) return undefined
  const r = JSON.parse(readFileSync(path, 'utf8')) as Record<string, number>
  return {
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  }
}

function playwright(path: string): Counts | undefined {
  if (!existsSync(path)) return undefined
  const { stats } = JSON.parse(readFileSync(path, 'utf8')) as { stats: Record<string, number> }
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  }
}

const parts = {
  unit: vitest('test-results/vitest.json'),
  e2e: playwright('test-results/playwright.json'),
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 }
for (const [name, counts] of Object.entries(parts)) {
  if (!counts) {
    console.log(`${name}: no report (the run stopped before it)`)
    continue
  }
  console.log(
    `${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  )
  total.passed += counts.passed
  total.failed += counts.failed
  total.skipped += counts.skipped
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
