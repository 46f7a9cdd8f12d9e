import type { ReactNode } from 'react'
import { Disclosure } from './disclosure.tsx'

/** "Show … as a table" under a chart: the chart's numbers as a DataTable, folded away. */
export function TableDisclosure({
  summary,
  children,
}: {
  /** e.g. "Show the forecast as a table". */
  summary: ReactNode
  /** The DataTable, or a sentence when there is nothing to show. */
  children: ReactNode
}) {
  return <Disclosure summary={summary}>{children}</Disclosure>
}
