import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { DataTable } from '@/components/ui/data-table.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import {
  MATURE_INTERVAL_DAYS,
  type RetentionCell,
  type TrueRetention,
} from '@/core/srs/statistics.ts'
import { formatPercent } from '@/components/format-quantity.ts'

interface Row {
  readonly label: string
  readonly cell: RetentionCell
}

/** True retention of young and mature cards (Anki's table), next to the retention FSRS aims at. */
export function RetentionTable({
  retention,
  days,
  desiredRetention,
}: {
  retention: TrueRetention
  days: number
  desiredRetention: number
}) {
  const rows: Row[] = [
    { label: 'Young', cell: retention.young },
    { label: 'Mature', cell: retention.mature },
    { label: 'All', cell: retention.all },
  ]
  return (
    <Panel title="True retention">
      <p className={`text-sm ${MUTED_TEXT}`}>
        The share of reviews of cards you already knew that you passed (Hard, Good or Easy; the
        first review of a card each day counts). FSRS schedules so that it stays near your desired
        retention, <strong className="font-semibold">{formatPercent(desiredRetention)}</strong>.
      </p>
      <DataTable<Row>
        caption={`Last ${days} days`}
        rows={rows}
        rowKey={(row) => row.label}
        columns={[
          { key: 'cards', header: 'Cards', cell: (row) => row.label },
          {
            key: 'reviews',
            header: 'Reviews',
            numeric: true,
            cell: ({ cell }) => cell.passed + cell.failed,
          },
          { key: 'passed', header: 'Passed', numeric: true, cell: ({ cell }) => cell.passed },
          {
            key: 'retention',
            header: 'Retention',
            numeric: true,
            cell: ({ cell }) => (
              <span className="font-semibold">{formatPercent(cell.rate, 1)}</span>
            ),
          },
        ]}
      />
      <p className={`text-xs ${MUTED_TEXT}`}>
        Young cards had an interval under {MATURE_INTERVAL_DAYS} days when reviewed; mature cards{' '}
        {MATURE_INTERVAL_DAYS} days or more.
      </p>
    </Panel>
  )
}
