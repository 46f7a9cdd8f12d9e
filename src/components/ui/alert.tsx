import type { ReactNode } from 'react'

export type AlertTone = 'info' | 'success' | 'warning' | 'error'

/** Border, background and text of each tone, light and dark (the contrast test reads them). */
export const ALERT_TONES: Readonly<Record<AlertTone, string>> = {
  info: 'border-sky-600 bg-sky-50 text-sky-900 dark:border-sky-400 dark:bg-sky-500/10 dark:text-sky-100',
  success:
    'border-emerald-600 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-500/10 dark:text-emerald-100',
  warning:
    'border-amber-500 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-500/10 dark:text-amber-100',
  error:
    'border-red-600 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-500/10 dark:text-red-100',
}

/**
 * A message about what just happened or what needs attention. An error interrupts the screen
 * reader (`role="alert"`); the other tones wait their turn (`role="status"`). A live region
 * speaks when content appears in it: render the Alert when the message arrives, and give it a
 * new `key` to repeat the same message (the sandbox does, so a second identical error is heard).
 */
export function Alert({
  tone = 'info',
  title,
  className = '',
  children,
}: {
  tone?: AlertTone
  title?: ReactNode
  /** Layout only. */
  className?: string
  children: ReactNode
}) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`space-y-1 rounded-md border-l-4 p-3 text-sm ${ALERT_TONES[tone]} ${className}`}
    >
      {title && <p className="font-semibold">{title}</p>}
      {children}
    </div>
  )
}
