/**
 * The one date and time formatter of the app. Every date a screen shows goes through it, in the
 * user's locale (`Intl` with locale `undefined`: the browser's language), so "3 Nov 2026" in
 * Britain reads "Nov 3, 2026" in the United States and "3. Nov. 2026" in Germany. Formatters are
 * built once per style and locale: `Intl.DateTimeFormat` is slow to construct and fast to use.
 * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/DateTimeFormat
 */

/** Each style, with what it prints in `en-GB`. */
const STYLES = {
  /** "3 Nov 2026, 14:05": an instant, e.g. a card's due time or the last backup. */
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  /** "3 Nov 2026" */
  date: { dateStyle: 'medium' },
  /** "14:05" (or "2:05 PM") */
  time: { timeStyle: 'short' },
  /** "Tuesday 3 November": a day in a sentence. */
  weekdayDate: { weekday: 'long', day: 'numeric', month: 'long' },
  /** "Tue 3 Nov": a day in a chart. */
  shortWeekdayDate: { weekday: 'short', day: 'numeric', month: 'short' },
  /** "3 Nov": an axis label. */
  shortDate: { day: 'numeric', month: 'short' },
  /** "Nov": a month over a calendar column. */
  shortMonth: { month: 'short' },
  /** "Mon": a weekday beside a calendar row. */
  shortWeekday: { weekday: 'short' },
  /** "May 2022" */
  monthYear: { month: 'long', year: 'numeric' },
  /** "30 August 2021" */
  longDate: { day: 'numeric', month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

export type DateTimeStyle = keyof typeof STYLES
/** The styles that name a calendar day, without a time of day. */
export type DayStyle = Exclude<DateTimeStyle, 'dateTime' | 'time'>

export interface FormatOptions {
  /** A BCP 47 language tag; by default the user's. Tests pin one so their expectations hold. */
  readonly locale?: string
  /**
   * An IANA time zone for instants; by default the user's. Only tests set it: the app always
   * shows the learner's own clock.
   */
  readonly timeZone?: string
}

const DAY_MS = 86_400_000
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(style: DateTimeStyle, locale?: string, timeZone?: string): Intl.DateTimeFormat {
  const key = `${style}|${locale ?? ''}|${timeZone ?? ''}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone })
    formatters.set(key, format)
  }
  return format
}

/** An instant (epoch milliseconds or a Date) on the user's clock. */
export function formatInstant(
  when: number | Date,
  style: DateTimeStyle,
  { locale, timeZone }: FormatOptions = {},
): string {
  return formatter(style, locale, timeZone).format(when)
}

/**
 * A learner day of the SRS core (`DayNumber` in src/core/srs: days since 1 January 1970 in the
 * learner's own calendar, so day 20760 is 3 November 2026 wherever the learner is). The number is
 * already local, so it is printed as a UTC date and never moves by a day across time zones.
 */
export function formatLearnerDay(
  day: number,
  style: DayStyle = 'date',
  { locale }: Pick<FormatOptions, 'locale'> = {},
): string {
  return formatter(style, locale, 'UTC').format(day * DAY_MS)
}

const CHANGE_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/

/**
 * The date of a card's "changed at AWS" note, as the card file gives it: `2022-05` → "May 2022",
 * `2021-08-30` → "30 August 2021". Read and printed in UTC, so it never shifts a day. The deck
 * compiler has already checked the format; anything else is shown as written.
 */
export function formatAwsChangeDate(
  date: string,
  { locale }: Pick<FormatOptions, 'locale'> = {},
): string {
  const match = CHANGE_DATE.exec(date)
  if (!match) return date
  const [, year, month, day] = match
  const when = Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1)
  return formatter(day ? 'longDate' : 'monthYear', locale, 'UTC').format(when)
}
