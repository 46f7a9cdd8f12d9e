import type { ReactNode } from 'react'
import { LINK_CLASSES } from './text-link.tsx'

/**
 * Something folded away until asked for: its summary reads as a link, and opens it. A native
 * `<details>`, so it opens with Enter or Space and says whether it is expanded; `id` lets a
 * control elsewhere name it (`aria-controls`) or a link jump to it.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/
 */
export function Disclosure({
  summary,
  id,
  className = '',
  onToggle,
  children,
}: {
  /** What opening it shows, e.g. "Search help" or "Show the forecast as a table". */
  summary: ReactNode
  id?: string
  /** Layout only. */
  className?: string
  /** Called with the new state when it opens or closes (to load its content on first open). */
  onToggle?: (open: boolean) => void
  children: ReactNode
}) {
  return (
    <details
      id={id}
      className={`text-sm ${className}`}
      onToggle={onToggle && ((event) => onToggle(event.currentTarget.open))}
    >
      <summary className={`cursor-pointer font-medium ${LINK_CLASSES}`}>{summary}</summary>
      <div className="mt-2">{children}</div>
    </details>
  )
}
