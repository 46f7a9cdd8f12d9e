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
  children,
}: {
  /** What opening it shows, e.g. "Search help" or "Show the forecast as a table". */
  summary: ReactNode
  id?: string
  /** Layout only. */
  className?: string
  children: ReactNode
}) {
  return (
    <details id={id} className={`text-sm ${className}`}>
      <summary className={`cursor-pointer font-medium ${LINK_CLASSES}`}>{summary}</summary>
      <div className="mt-2">{children}</div>
    </details>
  )
}
