import { formatDuration, formatPercent } from './format-stats.ts'
import { StatsSection } from './stats-section.tsx'
import type { TodaySummary } from './today-summary.ts'

export function TodayPanel({ today }: { today: TodaySummary }) {
  const items = [
    { label: 'Reviews', value: String(today.reviews) },
    { label: 'Time spent', value: formatDuration(today.timeMs) },
    { label: 'Again rate', value: formatPercent(today.againRate) },
  ]
  return (
    <StatsSection id="stats-today" title="Today" className="lg:col-span-2">
      <dl className="grid grid-cols-3 gap-2 sm:gap-4 lg:max-w-2xl">
        {items.map((item) => (
          <div key={item.label} className="rounded-md bg-slate-100 p-3 dark:bg-slate-800">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{item.label}</dt>
            <dd className="text-xl font-semibold tabular-nums sm:text-2xl">{item.value}</dd>
          </div>
        ))}
      </dl>
    </StatsSection>
  )
}
