import type { StateCounts } from '@/core/srs/statistics.ts'
import { formatPercent } from './format-stats.ts'
import { StatsSection } from './stats-section.tsx'

const ROWS = [
  { key: 'new', label: 'New', bar: 'fill-sky-600 dark:fill-sky-400' },
  { key: 'learning', label: 'Learning', bar: 'fill-red-600 dark:fill-red-400' },
  { key: 'review', label: 'Review', bar: 'fill-emerald-600 dark:fill-emerald-400' },
  { key: 'relearning', label: 'Relearning', bar: 'fill-orange-600 dark:fill-orange-400' },
  { key: 'suspended', label: 'Suspended', bar: 'fill-amber-500 dark:fill-amber-300' },
  { key: 'buried', label: 'Buried', bar: 'fill-slate-500 dark:fill-slate-400' },
] as const

/** How many cards are in each state; the bars are decoration, the numbers are in the table. */
export function StateCountsTable({ counts }: { counts: StateCounts }) {
  return (
    <StatsSection id="stats-counts" title="Cards by state">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Number of cards in each state</caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="col" className="py-1.5 pr-2 font-semibold">
              State
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-semibold">
              Cards
            </th>
            <th scope="col" className="py-1.5 pl-2 text-right font-semibold">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => {
            const share = counts.total === 0 ? 0 : counts[row.key] / counts.total
            return (
              <tr key={row.key} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1.5 pr-2 font-normal">
                  {row.label}
                </th>
                <td className="px-2 py-1.5 text-right tabular-nums">{counts[row.key]}</td>
                <td className="py-1.5 pl-2">
                  <span className="flex items-center justify-end gap-2">
                    <svg
                      viewBox="0 0 100 8"
                      preserveAspectRatio="none"
                      className="hidden h-2 w-24 sm:block"
                      aria-hidden="true"
                    >
                      <rect
                        width="100"
                        height="8"
                        rx="2"
                        className="fill-slate-100 dark:fill-slate-800"
                      />
                      <rect width={share * 100} height="8" rx="2" className={row.bar} />
                    </svg>
                    <span className="w-12 text-right tabular-nums">{formatPercent(share)}</span>
                  </span>
                </td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="py-1.5 pr-2 font-semibold">
              Total
            </th>
            <td className="px-2 py-1.5 text-right font-semibold tabular-nums">{counts.total}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </StatsSection>
  )
}
