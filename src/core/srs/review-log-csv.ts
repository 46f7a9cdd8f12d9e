/**
 * The review history as CSV with the columns of Anki's `revlog` table, for people who analyse
 * it elsewhere (spreadsheets, the FSRS optimizer's tools). Extra FSRS columns follow Anki's.
 * - id: review time, epoch ms · cid: the card id · usn: -1 (never synced)
 * - ease: 1 Again … 4 Easy, 0 manual
 * - ivl / lastIvl: interval after / before the answer: days, or negative seconds under a day
 * - factor: FSRS difficulty after the answer × 1000 (Anki keeps ease ‰ there for SM-2 cards)
 * - time: answer time in ms, at most 60000 as in Anki · type: 0 learn, 1 review, 2 relearn,
 *   3 cram (filtered), 4 manual
 * @see https://github.com/ankidroid/Anki-Android/wiki/Database-Structure (revlog)
 */
import type { ReviewLogEntry } from './review-log.ts'

export const REVLOG_CSV_HEADER = [
  'id',
  'cid',
  'usn',
  'ease',
  'ivl',
  'lastIvl',
  'factor',
  'time',
  'type',
  'stability',
  'difficulty',
  'reviewed_at',
] as const

const DAY_MS = 86_400_000

/** Anki's interval: whole days, or negative seconds when shorter than a day. */
export function ankiInterval(ms: number): number {
  return ms >= DAY_MS ? Math.round(ms / DAY_MS) : -Math.round(Math.max(0, ms) / 1000)
}

function ankiType(log: ReviewLogEntry): number {
  if (log.kind === 'cram') return 3
  if (log.kind === 'manual') return 4
  return log.state === 2 ? 1 : log.state === 3 ? 2 : 0
}

/**
 * A cell as CSV. Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab
 * or a carriage return) gets a leading apostrophe, as OWASP advises, so a card id can never run
 * in the learner's spreadsheet; plain numbers are left alone (Anki's negative intervals, a
 * stability written with toFixed).
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function csvField(value: string | number): string {
  const formulaLike =
    typeof value === 'string' && /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value)
  const text = formulaLike ? `'${value}` : String(value)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function reviewLogToCsv(logs: readonly ReviewLogEntry[]): string {
  const rows = logs.map((log) => {
    const interval = log.after.due - log.reviewedAt
    const lastInterval =
      log.scheduled_days > 0 ? log.scheduled_days * DAY_MS : Math.max(0, log.previousDue - log.due)
    return [
      log.reviewedAt,
      log.cardId,
      -1,
      log.rating,
      ankiInterval(interval),
      ankiInterval(lastInterval),
      Math.round(log.after.difficulty * 1000),
      Math.min(60_000, Math.round(log.durationMs ?? 0)),
      ankiType(log),
      log.after.stability.toFixed(4),
      log.after.difficulty.toFixed(4),
      new Date(log.reviewedAt).toISOString(),
    ]
      .map(csvField)
      .join(',')
  })
  return [REVLOG_CSV_HEADER.join(','), ...rows].join('\n') + '\n'
}
