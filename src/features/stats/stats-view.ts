/**
 * Everything the statistics screen shows. One day clock and one log index are shared by the core
 * statistics and today's summary, so the log is walked once (fast for 200,000 entries).
 */
import type { CardId } from '@/core/deck/index.ts'
import { buildStatistics, type Statistics } from '@/core/srs/statistics.ts'
import {
  dayClock,
  indexReviewLog,
  type CardSrsState,
  type ReviewLogEntry,
  type SrsSettings,
  type UtcOffset,
} from '@/core/srs/first-screen.ts'
import { heatmapDayCount } from './heatmap-layout.ts'
import { todaySummary, type TodaySummary } from '@/core/srs/first-screen.ts'

export const FORECAST_DAYS = 30
export const RETENTION_DAYS = 30

export interface StatsInput {
  readonly cardIds: readonly CardId[]
  readonly states: ReadonlyMap<CardId, CardSrsState>
  readonly logs: readonly ReviewLogEntry[]
  readonly settings: SrsSettings
  readonly now: number
  readonly utcOffsetMinutes: UtcOffset
}

export interface StatsView extends Statistics {
  readonly today: TodaySummary
  /** Learner day number of today. */
  readonly day: number
}

export function statsView(input: StatsInput): StatsView {
  const { now, settings, utcOffsetMinutes } = input
  const clock = dayClock(now, settings.dayStartHour, utcOffsetMinutes)
  const logs = indexReviewLog(input.logs)
  const statistics = buildStatistics({
    cardIds: input.cardIds,
    states: input.states,
    logs,
    now,
    settings,
    utcOffsetMinutes,
    heatmapDays: heatmapDayCount(clock.today),
    forecastDays: FORECAST_DAYS,
    retentionDays: RETENTION_DAYS,
  })
  return { ...statistics, today: todaySummary(logs, clock), day: clock.today }
}
