// SRS benchmark: today's queue + every statistic for 10,000 cards with 200,000 logged reviews
// (about two years of daily study), against a target of <= 50 ms, and the same work for 100 cards
// with proportional logs (ratio shows how the work scales). Data is seeded and deterministic and
// made with the real scheduler (gradeCard), so states and logs look like a learner's.
// Run: npx tsx bench/srs-bench.ts
import { availableParallelism, loadavg } from 'node:os'
import type { CardId } from '../src/core/deck/card.ts'
import { gradeCard } from '../src/core/srs/answering.ts'
import { buildStatistics, cardHistory } from '../src/core/srs/statistics.ts'
import { seededRandom } from '../src/core/srs/testing/synthetic-history.ts'
import {
  buildQueue,
  DEFAULT_SETTINGS,
  indexReviewLog,
  logsOfCard,
  newCardState,
  nextDueAfterToday,
  type CardSrsState,
  type Grade,
  type ReviewLogEntry,
  type SrsSettings,
} from '../src/core/srs/first-screen.ts'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 2, 10, 8, 0) // 10:00 at UTC+2
const SPAN_DAYS = 730
const TARGET_MS = 50
const settings: SrsSettings = DEFAULT_SETTINGS
/** What a browser passes: the zone's offset per instant (TZ of this process). */
const utcOffsetMinutes = (ms: number) => -new Date(ms).getTimezoneOffset()

function pickGrade(r: number): Grade {
  if (r < 0.12) return 1
  if (r < 0.22) return 2
  if (r < 0.92) return 3
  return 4
}

interface Collection {
  readonly cardIds: CardId[]
  readonly states: Map<CardId, CardSrsState>
  readonly logs: ReviewLogEntry[]
}

/**
 * Each card is introduced on a day of the span and answered `logsPerCard` times: at its due time
 * (review cards up to a day late), except that long intervals are squeezed so the history fits
 * before now. A few cards stay new. Stops at exactly `logsTarget` logs.
 */
function generate(cards: number, logsTarget: number, seed: number): Collection {
  const random = seededRandom(seed)
  const cardIds = Array.from({ length: cards }, (_, i) => `card-${i}` as CardId)
  const states = new Map<CardId, CardSrsState>()
  const logs: ReviewLogEntry[] = []
  const start = NOW - SPAN_DAYS * DAY
  const perCard = Math.ceil(logsTarget / (cards * 0.95))
  for (const cardId of cardIds) {
    if (logs.length >= logsTarget || random() < 0.05) continue // a few stay new
    let t = start + Math.floor(random() * (SPAN_DAYS / 2)) * DAY + Math.floor(random() * DAY)
    let state = newCardState(cardId, t)
    for (let n = 0; n < perCard && logs.length < logsTarget; n++) {
      // The last answers are Good, so histories end in review state like a real collection.
      const grade = n >= perCard - 2 ? 3 : pickGrade(random())
      const result = gradeCard(state, grade, t, settings, {
        durationMs: 2000 + Math.floor(random() * 8000),
      })
      state = result.state
      logs.push(result.log)
      const late = state.fsrs.state === 2 ? Math.floor(random() * DAY) : 0
      const fit = (NOW - t) / (perCard - n + 1)
      t += Math.max(1, Math.min(state.fsrs.due - t + late, fit))
    }
    states.set(cardId, state)
  }
  logs.sort((a, b) => a.reviewedAt - b.reviewedAt)
  // What the app holds: records as IndexedDB hands them back (structured clones, read in key
  // order: logs by time), not the generator's objects scattered among its garbage.
  return {
    cardIds,
    states: new Map(structuredClone([...states])),
    logs: structuredClone(logs),
  }
}

type Step = readonly [name: string, run: (c: Collection, ctx: Context) => number]
interface Context {
  index: ReturnType<typeof indexReviewLog> | null
}

/**
 * The work of opening the app and its statistics page, step by step: index the log once,
 * today's queue, all statistics and the end screen. Card info (one card's history) is timed
 * too but kept out of the total: it runs when the learner opens a card, not on every open.
 */
const STEPS: readonly Step[] = [
  [
    'index the log (one pass)',
    (c, ctx) => {
      ctx.index = indexReviewLog(c.logs)
      return ctx.index.size
    },
  ],
  ['today’s queue', (c, ctx) => buildQueue({ ...inputOf(c), todayLogs: ctx.index! }).counts.new],
  [
    'all statistics',
    (c, ctx) => buildStatistics({ ...inputOf(c), logs: ctx.index! }).heatmap.total,
  ],
  ['next due (end screen)', (c) => nextDueAfterToday(inputOf(c)).next?.count ?? 0],
  [
    'card info: one card’s history',
    (c, ctx) => cardHistory(logsOfCard(ctx.index!, c.cardIds[0]!), settings).length,
  ],
]

const IN_TOTAL = STEPS.length - 1

function inputOf(c: Collection) {
  return { cardIds: c.cardIds, states: c.states, now: NOW, settings, utcOffsetMinutes }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

let sink = 0
interface Timing {
  /** Median wall-clock ms of the whole work (steps in the total), and of each step. */
  readonly total: number
  readonly steps: readonly number[]
  /**
   * The same in CPU ms (process.cpuUsage): what the work costs when other processes share the
   * CPU and wall-clock time includes waiting for it.
   */
  readonly cpuTotal: number
  readonly cpuSteps: readonly number[]
}

/** Medians over `runs` timed runs after `warmups`. */
function measure(c: Collection, warmups = 5, runs = 21): Timing {
  const ctx: Context = { index: null }
  const once = () => {
    const wall: number[] = []
    const cpu: number[] = []
    for (const [, run] of STEPS) {
      const c0 = process.cpuUsage()
      const t0 = performance.now()
      sink += run(c, ctx)
      wall.push(performance.now() - t0)
      const { user, system } = process.cpuUsage(c0)
      cpu.push((user + system) / 1000)
    }
    return { wall, cpu }
  }
  for (let i = 0; i < warmups; i++) once()
  const all = Array.from({ length: runs }, once)
  const sum = (xs: number[]) => xs.slice(0, IN_TOTAL).reduce((a, b) => a + b, 0)
  return {
    total: median(all.map((r) => sum(r.wall))),
    steps: STEPS.map((_, i) => median(all.map((r) => r.wall[i]!))),
    cpuTotal: median(all.map((r) => sum(r.cpu))),
    cpuSteps: STEPS.map((_, i) => median(all.map((r) => r.cpu[i]!))),
  }
}

const genStart = performance.now()
const big = generate(10_000, 200_000, 1)
const small = generate(100, 2_000, 2)
const genMs = performance.now() - genStart

const smallRun = measure(small)
const bigRun = measure(big)
const smallMs = smallRun.total
const bigMs = bigRun.total
const today = buildQueue({ ...inputOf(big), todayLogs: big.logs })

console.log(
  `SRS bench (Node ${process.versions.node}, median of 21 runs after 5 warm-ups;` +
    ` load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs)`,
)
console.log(
  `generated in ${(genMs / 1000).toFixed(1)} s: ` +
    `${big.cardIds.length} cards / ${big.logs.length} logs` +
    ` and ${small.cardIds.length} cards / ${small.logs.length} logs; today's queue at 10k:` +
    ` ${JSON.stringify(today.counts)}`,
)
const rows = [
  ['measurement', 'median ms', 'CPU ms', 'target', 'result'],
  ...STEPS.map(([name], i) => [
    `  10k: ${name}${i < IN_TOTAL ? '' : ' (not in total)'}`,
    bigRun.steps[i]!.toFixed(2),
    bigRun.cpuSteps[i]!.toFixed(2),
    'info',
    '-',
  ]),
  [
    'queue + all statistics, 100 cards / 2k logs',
    smallMs.toFixed(2),
    smallRun.cpuTotal.toFixed(2),
    'info',
    '-',
  ],
  [
    'queue + all statistics, 10k cards / 200k logs',
    bigMs.toFixed(2),
    bigRun.cpuTotal.toFixed(2),
    `<= ${TARGET_MS} ms`,
    bigMs <= TARGET_MS ? 'PASS' : 'MISS',
  ],
  ['ratio 10k / 100 (data is 100x)', `${(bigMs / smallMs).toFixed(1)}x`, '', 'info', '-'],
]
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
for (const [i, r] of rows.entries()) {
  console.log(r.map((v, j) => v.padEnd(widths[j]!)).join(' | '))
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'))
}
if (sink === 0) console.log('(nothing computed?)')
process.exitCode = bigMs <= TARGET_MS ? 0 : 1
