import { INSET_SURFACE, MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import { formatDuration, formatPercent } from '@/components/format-quantity.ts'
import type { TodaySummary } from '@/core/srs/first-screen.ts'

export function TodayPanel({ today }: { today: TodaySummary }) {
  const items = [
    { label: 'Reviews', value: String(today.reviews) },
    { label: 'Time spent', value: formatDuration(today.timeMs) },
    { label: 'Again rate', value: formatPercent(today.againRate) },
  ]
  return (
    <Panel title="Today" className="lg:col-span-2">
      <dl className="grid grid-cols-3 gap-2 sm:gap-4 lg:max-w-2xl">
        {items.map((item) => (
          <div key={item.label} className={`rounded-md p-3 ${INSET_SURFACE}`}>
            <dt className={`text-sm ${MUTED_TEXT}`}>{item.label}</dt>
            <dd className="text-xl font-semibold tabular-nums sm:text-2xl">{item.value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  )
}
