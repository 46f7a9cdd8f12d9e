/**
 * Labels of the statistics screen. Dates are built by hand from learner day numbers (day 0 was
 * 1 January 1970, local), not with Intl, so a label reads the same in every browser and in the
 * end-to-end tests that compute it in Node.
 */
const DAY_MS = 86_400_000
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/** The calendar date of a learner day, as UTC fields (the day number is already local). */
function dateOf(day: number): Date {
  return new Date(day * DAY_MS)
}

export function monthOf(day: number): number {
  return dateOf(day).getUTCMonth()
}

export function monthName(month: number): string {
  return MONTHS[month] ?? ''
}

/** "3 Nov 2026" */
export function formatDay(day: number): string {
  const date = dateOf(day)
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth())} ${date.getUTCFullYear()}`
}

/** "Tue 3 Nov", for the forecast's short labels. */
export function formatShortDay(day: number): string {
  const date = dateOf(day)
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${monthName(date.getUTCMonth())}`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** "12 reviews on 3 Nov 2026": the title of a heatmap cell. */
export function reviewsOn(count: number, day: number): string {
  return `${count === 0 ? 'No reviews' : plural(count, 'review')} on ${formatDay(day)}`
}

/** "91%" or "91.3%"; an em dash when there is nothing to divide. */
export function formatPercent(rate: number | null, digits = 0): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(digits)}%`
}

/** "45 s", "12 min", "1 h 5 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  const rest = minutes % 60
  return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`
}
