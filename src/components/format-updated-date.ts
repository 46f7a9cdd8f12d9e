import { formatAwsChangeDate } from './format-date-time.ts'

/**
 * @deprecated Use `formatAwsChangeDate` from `./format-date-time.ts`, which speaks the user's
 * locale. Kept, still in the British format the screens show today, until the review card and
 * the card browser switch over (issue 8, UI kit phase 2); then delete this file.
 */
export function formatUpdatedDate(date: string): string {
  return formatAwsChangeDate(date, { locale: 'en-GB' })
}
