import type { ReactNode } from 'react'

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'error'

/** Background and text of each tone, light and dark (the contrast test reads them). */
export const BADGE_TONES: Readonly<Record<BadgeTone, string>> = {
  neutral: 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100',
  info: 'bg-sky-100 text-sky-900 dark:bg-sky-500/20 dark:text-sky-100',
  success: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-500/20 dark:text-emerald-100',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-500/20 dark:text-amber-100',
  error: 'bg-red-100 text-red-900 dark:bg-red-500/20 dark:text-red-100',
}

/**
 * A short label that marks a thing's state: a key's `Enabled` or `PendingDeletion`, a card
 * "updated" at AWS. Its words carry the meaning; the tone only helps the eye find it.
 */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={`rounded px-1.5 py-px text-xs font-semibold ${BADGE_TONES[tone]}`}>
      {children}
    </span>
  )
}
