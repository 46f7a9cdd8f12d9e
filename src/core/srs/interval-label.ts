/**
 * Short answer-button labels like Anki's: "<1m", "10m", "1.5h", "3d", "2.1mo", "1.2y".
 * @see https://github.com/ankitects/anki/blob/main/rslib/src/scheduler/timespan.rs
 */
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const MONTH = 30 * DAY
const YEAR = 365 * DAY

function oneDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1)
}

export function formatInterval(ms: number): string {
  if (ms < MINUTE) return '<1m'
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`
  if (ms < DAY) return `${oneDecimal(ms / HOUR)}h`
  if (ms < MONTH) return `${Math.round(ms / DAY)}d`
  if (ms < YEAR) return `${oneDecimal(ms / MONTH)}mo`
  return `${oneDecimal(ms / YEAR)}y`
}
