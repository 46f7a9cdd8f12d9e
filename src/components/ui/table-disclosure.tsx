import type { ReactNode } from 'react'
import { LINK_CLASSES } from './text-link.tsx'

/**
 * "Show … as a table" under a chart: the chart's numbers as a DataTable, folded away until asked
 * for. A native `<details>`, so it opens with Enter or Space and says whether it is expanded.
 */
export function TableDisclosure({
  summary,
  children,
}: {
  /** e.g. "Show the forecast as a table". */
  summary: ReactNode
  /** The DataTable, or a sentence when there is nothing to show. */
  children: ReactNode
}) {
  return (
    <details className="text-sm">
      <summary className={`cursor-pointer font-medium ${LINK_CLASSES}`}>{summary}</summary>
      <div className="mt-2">{children}</div>
    </details>
  )
}
