import type { ReactNode } from 'react'
import { MUTED_TEXT } from './colours.ts'

/**
 * What a screen shows where its content would be: "No card matches this search.", "Choose a
 * card…". A dashed box, so it reads as a place waiting for content, not as content.
 */
export function EmptyState({
  className = '',
  children,
}: {
  /** Layout only, e.g. `text-center`. */
  className?: string
  children: ReactNode
}) {
  return (
    <div
      className={`rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700 ${MUTED_TEXT} ${className}`}
    >
      {children}
    </div>
  )
}
