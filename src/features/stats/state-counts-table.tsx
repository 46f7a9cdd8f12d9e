import { DataTable } from '@/components/ui/data-table.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { StateCounts } from '@/core/srs/statistics.ts'
import { formatPercent } from '@/components/format-quantity.ts'
import { TextLink } from '@/components/ui/text-link.tsx'
import { STATE_COUNT_SEARCHES } from '@/core/srs/search.ts'
import { paths } from '@/routes/paths.ts'

// kit-exception: each state has Anki's colour (new blue, learning red, review green, …)
const ROWS = [
  { key: 'new', label: 'New', bar: 'fill-sky-600 dark:fill-sky-400' },
  { key: 'learning', label: 'Learning', bar: 'fill-red-600 dark:fill-red-400' },
  { key: 'review', label: 'Review', bar: 'fill-emerald-600 dark:fill-emerald-400' },
  { key: 'relearning', label: 'Relearning', bar: 'fill-orange-600 dark:fill-orange-400' },
  { key: 'suspended', label: 'Suspended', bar: 'fill-amber-500 dark:fill-amber-300' },
  { key: 'buried', label: 'Buried', bar: 'fill-slate-500 dark:fill-slate-400' },
] as const

// kit-exception: the empty part of a bar, drawn as in the heatmap's level 0
const BAR_TRACK = 'fill-slate-100 dark:fill-slate-800'

type Row = (typeof ROWS)[number]

/**
 * How many cards are in each state; the bars are decoration, the numbers are in the table. Each
 * state opens the card browser on the search that finds exactly its cards.
 */
export function StateCountsTable({ counts }: { counts: StateCounts }) {
  const shareOf = (row: Row) => (counts.total === 0 ? 0 : counts[row.key] / counts.total)
  return (
    <Panel title="Cards by state">
      <DataTable<Row>
        caption="Number of cards in each state"
        hideCaption
        rows={ROWS}
        rowKey={(row) => row.key}
        columns={[
          {
            key: 'state',
            header: 'State',
            cell: (row) => (
              <TextLink href={paths.browse.search(STATE_COUNT_SEARCHES[row.key])}>
                {row.label}
              </TextLink>
            ),
          },
          { key: 'cards', header: 'Cards', numeric: true, cell: (row) => counts[row.key] },
          {
            key: 'share',
            header: 'Share',
            numeric: true,
            cell: (row) => (
              <span className="flex items-center justify-end gap-2">
                <svg
                  viewBox="0 0 100 8"
                  preserveAspectRatio="none"
                  className="hidden h-2 w-24 sm:block"
                  aria-hidden="true"
                >
                  <rect width="100" height="8" rx="2" className={BAR_TRACK} />
                  <rect width={shareOf(row) * 100} height="8" rx="2" className={row.bar} />
                </svg>
                <span className="w-12">{formatPercent(shareOf(row))}</span>
              </span>
            ),
          },
        ]}
        footer={{ state: 'Total', cards: counts.total, share: '' }}
      />
    </Panel>
  )
}
