import type { ReactNode } from 'react'

export interface Column<Row> {
  /** Unique in the table; names the column's cell in `footer`. */
  readonly key: string
  readonly header: string
  /** A shorter header for narrow screens ("Stab."); screen readers always hear `header`. */
  readonly shortHeader?: string
  readonly cell: (row: Row) => ReactNode
  /** Right-aligned with digits of equal width, so numbers line up by place. */
  readonly numeric?: boolean
}

/**
 * A table of data: a caption that names it, column headers, and the first column as the row
 * headers, so a screen reader announces "Mature, Reviews, 42" rather than a bare "42". Compact
 * padding and short headers keep it inside a 320 px screen; if it is still wider, it scrolls
 * inside its own box instead of widening the page.
 */
export function DataTable<Row>({
  caption,
  hideCaption = false,
  columns,
  rows,
  rowKey,
  footer,
}: {
  caption: ReactNode
  /** Keep the caption for screen readers only, when a heading just above already says it. */
  hideCaption?: boolean
  /** The first column holds the row headers. */
  columns: readonly [Column<Row>, ...Column<Row>[]]
  rows: readonly Row[]
  rowKey: (row: Row, index: number) => string
  /** A totals row: cells by column key; the first column's is its header. */
  footer?: Readonly<Record<string, ReactNode>>
}) {
  const [first, ...rest] = columns
  const align = (column: Column<Row>) => (column.numeric ? 'text-right tabular-nums' : '')
  const pad = 'px-1 py-1.5 first:pl-0 last:pr-0 sm:px-2'
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className={hideCaption ? 'sr-only' : 'mb-1 text-left text-sm font-medium'}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`${pad} font-semibold ${align(column)}`}>
                {column.shortHeader ? (
                  <>
                    <span aria-hidden="true" className="sm:hidden">
                      {column.shortHeader}
                    </span>
                    <span className="sr-only sm:not-sr-only">{column.header}</span>
                  </>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr
              key={rowKey(row, index)}
              className="border-b border-slate-200 dark:border-slate-700"
            >
              <th scope="row" className={`${pad} font-normal ${align(first)}`}>
                {first.cell(row)}
              </th>
              {rest.map((column) => (
                <td key={column.key} className={`${pad} ${align(column)}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer && (
          <tfoot>
            <tr>
              <th scope="row" className={`${pad} font-semibold ${align(first)}`}>
                {footer[first.key]}
              </th>
              {rest.map((column) => (
                <td key={column.key} className={`${pad} font-semibold ${align(column)}`}>
                  {footer[column.key]}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  )
}
