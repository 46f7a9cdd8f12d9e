import {
  MATURE_INTERVAL_DAYS,
  type RetentionCell,
  type TrueRetention,
} from '@/core/srs/statistics.ts'
import { formatPercent } from './format-stats.ts'
import { StatsSection } from './stats-section.tsx'

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
  const rows: { label: string; cell: RetentionCell }[] = [
    { label: 'Young', cell: retention.young },
    { label: 'Mature', cell: retention.mature },
    { label: 'All', cell: retention.all },
  ]
  return (
    <StatsSection id="stats-retention" title="True retention">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The share of reviews of cards you already knew that you passed (Hard, Good or Easy; the
        first review of a card each day counts). FSRS schedules so that it stays near your desired
        retention,{' '}
        <strong className="text-slate-900 dark:text-slate-100">
          {formatPercent(desiredRetention)}
        </strong>
        .
      </p>
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left text-sm font-medium">Last {days} days</caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="col" className="py-1.5 pr-1 font-semibold sm:pr-2">
              Cards
            </th>
            <th scope="col" className="px-1 py-1.5 text-right font-semibold sm:px-2">
              Reviews
            </th>
            <th scope="col" className="px-1 py-1.5 text-right font-semibold sm:px-2">
              Passed
            </th>
            <th scope="col" className="py-1.5 pl-1 text-right font-semibold sm:pl-2">
              Retention
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, cell }) => (
            <tr key={label} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="py-1.5 pr-1 font-normal sm:pr-2">
                {label}
              </th>
              <td className="px-1 py-1.5 text-right tabular-nums sm:px-2">
                {cell.passed + cell.failed}
              </td>
              <td className="px-1 py-1.5 text-right tabular-nums sm:px-2">{cell.passed}</td>
              <td className="py-1.5 pl-1 text-right font-semibold tabular-nums sm:pl-2">
                {formatPercent(cell.rate, 1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Young cards had an interval under {MATURE_INTERVAL_DAYS} days when reviewed; mature cards{' '}
        {MATURE_INTERVAL_DAYS} days or more.
      </p>
    </StatsSection>
  )
}
