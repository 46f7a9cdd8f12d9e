/**
 * Labels of the statistics screen. Learner days (day numbers of the SRS core) are dates through
 * the app's one formatter, in the learner's locale.
 */
import { formatLearnerDay } from '@/components/format-date-time.ts'

/** "3 Nov 2026" in en-GB, "Nov 3, 2026" in en-US. */
export function formatDay(day: number): string {
  return formatLearnerDay(day, 'date')
}

/** "Tue 3 Nov" in en-GB, "Tue, Nov 3" in en-US: the forecast's labels. */
export function formatShortDay(day: number): string {
  return formatLearnerDay(day, 'shortWeekdayDate')
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** "12 reviews on 3 Nov 2026": the title of a heatmap cell. */
export function reviewsOn(count: number, day: number): string {
  return `${count === 0 ? 'No reviews' : plural(count, 'review')} on ${formatDay(day)}`
}
