import { describe, expect, it } from 'vitest'
import type { CardId } from '@/core/deck/index.ts'
import { gradeCard } from '@/core/srs/answering.ts'
import {
  DEFAULT_SETTINGS,
  newCardState,
  type CardSrsState,
  type ReviewLogEntry,
} from '@/core/srs/first-screen.ts'
import { HEATMAP_WEEKS } from './heatmap-layout.ts'
import { FORECAST_DAYS, statsView } from './stats-view.ts'

const NOW = Date.UTC(2026, 10, 4, 12) // Wednesday 4 November 2026, noon UTC
const DAY = 86_400_000
const ids = Array.from({ length: 50 }, (_, i) => `card-${i}` as CardId)

/** 40 cards answered Good when due over the last weeks, a few with a lapse. */
function history(): { states: Map<CardId, CardSrsState>; logs: ReviewLogEntry[] } {
  const states = new Map<CardId, CardSrsState>()
  const logs: ReviewLogEntry[] = []
  for (const [i, id] of ids.slice(0, 40).entries()) {
    let state = newCardState(id, NOW - 40 * DAY)
    let at = NOW - 40 * DAY + i * 60_000
    for (let n = 0; at < NOW; n++) {
      const result = gradeCard(state, i % 7 === 0 && n === 4 ? 1 : 3, at, DEFAULT_SETTINGS)
      state = result.state
      logs.push(result.log)
      at = Math.max(state.fsrs.due, at + 60_000)
    }
    states.set(id, state)
  }
  logs.sort((a, b) => a.reviewedAt - b.reviewedAt)
  return { states, logs }
}

describe('stats view', () => {
  it('puts the heatmap in whole weeks, the forecast over 30 days, and agrees with itself', () => {
    const { states, logs } = history()
    const view = statsView({
      cardIds: ids,
      states,
      logs,
      settings: DEFAULT_SETTINGS,
      now: NOW,
      utcOffsetMinutes: 0,
    })
    expect(view.heatmap.days).toHaveLength((HEATMAP_WEEKS - 1) * 7 + 3)
    expect(view.heatmap.days.at(-1)?.day).toBe(view.day)
    expect(view.heatmap.total).toBe(logs.length)
    expect(view.today.reviews).toBe(view.heatmap.days.at(-1)?.count)
    expect(view.forecast.perDay).toHaveLength(FORECAST_DAYS)
    expect(view.counts.new).toBe(10)
    expect(view.counts.total).toBe(50)
    expect(view.retention.all.passed + view.retention.all.failed).toBeGreaterThan(0)
  })
})
