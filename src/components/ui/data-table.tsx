import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react'

export interface Column<Row> {
  /** Unique in the table; names the column's cell in `footer`. */
  readonly key: string
  readonly header: string
  /** A shorter header for narrow screens ("Stab."); screen readers always hear `header`. */
  readonly shortHeader?: string
  readonly cell: (row: Row) => ReactNode
  /** Right-aligned with digits of equal width, so numbers line up by place. */
  readonly numeric?: boolean
  /** Makes the column sortable: its header becomes a button that sorts by this value. */
  readonly sortValue?: (row: Row) => string | number
}

type SortDirection = 'ascending' | 'descending'

/** Rows by one column's value, a stable sort (equal values keep their order). */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => string | number,
  direction: SortDirection,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => {
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value))
      return order * sign || a.index - b.index
    })
    .map(({ row }) => row)
}

/**
 * A table of data: a caption that names it, column headers, and the first column as the row
 * headers, so a screen reader announces "Mature, Reviews, 42" rather than a bare "42". Compact
 * padding and short headers (and `dense` text for many columns) keep it inside a 320 px screen;
 * if it is still wider, it scrolls inside its own box instead of widening the page, and that box
 * then takes focus, named by the caption, so it can be scrolled from the keyboard. A column with
 * a `sortValue` sorts the rows when its header button is pressed (again: the other way), and its
 * header says so with `aria-sort`.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/table/examples/sortable-table/
 * @see https://dequeuniversity.com/rules/axe/4.10/scrollable-region-focusable
 */
export function DataTable<Row>({
  caption,
  hideCaption = false,
  columns,
  rows,
  rowKey,
  footer,
  dense = false,
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
  /** Smaller text on phones, for a table of many columns (a card's review history). */
  dense?: boolean
}) {
  const captionId = useId()
  const box = useRef<HTMLDivElement>(null)
  const scrolls = useScrolls(box)
  const [sort, setSort] = useState<{ key: string; direction: SortDirection }>()
  const sortValue = sort && columns.find((c) => c.key === sort.key)?.sortValue
  const shown = sort && sortValue ? sortRows(rows, sortValue, sort.direction) : rows
  const sortBy = (key: string) =>
    setSort((now) => ({
      key,
      direction: now?.key === key && now.direction === 'ascending' ? 'descending' : 'ascending',
    }))
  const [first, ...rest] = columns
  const align = (column: Column<Row>) => (column.numeric ? 'text-right tabular-nums' : '')
  const pad = 'px-1 py-1.5 first:pl-0 last:pr-0 sm:px-2'
  return (
    <div
      ref={box}
      className="overflow-x-auto"
      {...(scrolls && { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 })}
    >
      <table className={`w-full text-left ${dense ? 'text-xs sm:text-sm' : 'text-sm'}`}>
        <caption
          id={captionId}
          className={hideCaption ? 'sr-only' : 'mb-1 text-left text-sm font-medium'}
        >
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            {columns.map((column) => {
              const label = column.shortHeader ? (
                <>
                  <span aria-hidden="true" className="sm:hidden">
                    {column.shortHeader}
                  </span>
                  <span className="sr-only sm:not-sr-only">{column.header}</span>
                </>
              ) : (
                column.header
              )
              const direction = sort?.key === column.key ? sort.direction : undefined
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={column.sortValue ? (direction ?? 'none') : undefined}
                  className={`${pad} font-semibold ${align(column)}`}
                >
                  {column.sortValue ? (
                    <button
                      type="button"
                      onClick={() => sortBy(column.key)}
                      className="inline-flex items-center gap-1 font-semibold"
                    >
                      {label}
                      <span aria-hidden="true" className="text-xs">
                        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => (
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

/**
 * Whether the box is narrower than its content, now and after any resize of either: a box that
 * scrolls must then take focus, so the keyboard can scroll it (a table, a wide diagram).
 */
export function useScrolls(box: { readonly current: HTMLElement | null }): boolean {
  const [scrolls, setScrolls] = useState(false)
  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    const check = () => setScrolls(element.scrollWidth > element.clientWidth)
    check()
    // Not in every test environment; a browser has it.
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(check)
    observer.observe(element)
    if (element.firstElementChild) observer.observe(element.firstElementChild)
    return () => observer.disconnect()
  }, [box])
  return scrolls
}
