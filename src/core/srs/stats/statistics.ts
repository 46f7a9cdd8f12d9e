/**
 * Every statistic of the stats page from one index of the log: heatmap, forecast, true retention
 * and card counts. Per-card history uses `logsOfCard` + `cardHistory`.
 */
import type { CardId } from '../../deck/card.ts'
import type { CardSrsState } from '../card-state.ts'
import { dayClock, type UtcOffset } from '../day.ts'
import { asLogIndex, type LogSource } from '../log-index.ts'
import type { SrsSettings } from '../settings.ts'
import { dueForecast, type Forecast } from './forecast.ts'
import { reviewHeatmap, type Heatmap } from './heatmap.ts'
import { countsByState, type StateCounts } from './state-counts.ts'
import { trueRetention, type TrueRetention } from './true-retention.ts'

export interface StatisticsInput {
  readonly cardIds: readonly CardId[]
  readonly states: ReadonlyMap<CardId, CardSrsState>
  /** The whole review log, or its index (built once and shared by every statistic). */
  readonly logs: LogSource
  readonly now: number
  readonly settings: SrsSettings
  readonly utcOffsetMinutes: UtcOffset
  /** Defaults: heatmap 365 days, forecast 30 days, retention 30 days. */
  readonly heatmapDays?: number
  readonly forecastDays?: number
  readonly retentionDays?: number
}

export interface Statistics {
  readonly heatmap: Heatmap
  readonly forecast: Forecast
  readonly retention: TrueRetention
  readonly counts: StateCounts
}

export function buildStatistics(input: StatisticsInput): Statistics {
  const clock = dayClock(input.now, input.settings.dayStartHour, input.utcOffsetMinutes)
  const logs = asLogIndex(input.logs)
  return {
    heatmap: reviewHeatmap(logs, clock, input.heatmapDays ?? 365),
    forecast: dueForecast(input.cardIds, input.states, clock, input.forecastDays ?? 30),
    retention: trueRetention(logs, clock, input.retentionDays ?? 30),
    counts: countsByState(input.cardIds, input.states, clock.today),
  }
}
