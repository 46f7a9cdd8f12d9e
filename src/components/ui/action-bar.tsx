import type { ReactNode } from 'react'

/**
 * The one or two controls a screen is about (Show answer, the four grades), where a thumb
 * reaches them: on a phone, pinned to the bottom of the screen, in the same place for every
 * card; from the small breakpoint up, in the flow of the page. A screen that uses it leaves room
 * below its content on phones (`pb-36 sm:pb-0`), so nothing stays hidden under the bar.
 */
export function ActionBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-slate-50 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:static sm:z-auto sm:border-0 sm:bg-transparent sm:p-0 dark:border-slate-800 dark:bg-slate-950 sm:dark:bg-transparent"
    >
      {children}
    </div>
  )
}
