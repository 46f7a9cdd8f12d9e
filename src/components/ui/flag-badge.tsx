import { FLAG_NAMES, type Flag } from '@/core/srs/card-state.ts'
import { BADGE_TONES } from './badge.tsx'

/**
 * The glyph colour of each of Anki's flags (1 red … 7 purple) on a neutral badge, light and
 * dark; the contrast test in `flag-badge.test.tsx` holds each at 3:1 or more (a graphic).
 */
export const FLAG_COLOURS: Readonly<Record<Exclude<Flag, 0>, string>> = {
  1: 'text-red-700 dark:text-red-300',
  2: 'text-orange-700 dark:text-orange-300',
  3: 'text-green-700 dark:text-green-300',
  4: 'text-blue-700 dark:text-blue-300',
  5: 'text-pink-700 dark:text-pink-300',
  6: 'text-teal-700 dark:text-teal-300',
  7: 'text-purple-700 dark:text-purple-300',
}

/**
 * A card's flag: a flag in its colour and its name ("Red flag"), as Anki's browser colours a
 * flagged card. The name carries the meaning; the colour helps the eye. Nothing for flag 0.
 */
export function FlagBadge({ flag }: { flag: Flag }) {
  if (flag === 0) return null
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-1.5 py-px text-xs font-semibold ${BADGE_TONES.neutral}`}
    >
      <svg viewBox="0 0 12 12" aria-hidden="true" className={`size-3 ${FLAG_COLOURS[flag]}`}>
        <path d="M2.5 1v10.5" stroke="currentColor" strokeWidth="1.5" />
        <path d="M3 1.5h7l-1.8 2.75L10 7H3z" fill="currentColor" />
      </svg>
      {FLAG_NAMES[flag]} flag
    </span>
  )
}
