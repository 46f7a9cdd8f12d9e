import { formatLearnerDay } from '@/components/format-date-time.ts'
import { CHART_GRID, CHART_TEXT } from '@/components/ui/colours.ts'
import { DataTable } from '@/components/ui/data-table.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { TableDisclosure } from '@/components/ui/table-disclosure.tsx'
import type { Forecast } from '@/core/srs/statistics.ts'
import { formatShortDay, plural } from './format-stats.ts'

const WIDTH = 360
const HEIGHT = 180
const LEFT = 30
const RIGHT = 6
const TOP = 18
const BOTTOM = 32
const TICK_EVERY = 7
const LABEL = `text-[11px] ${CHART_TEXT}`
// kit-exception: the forecast's bars are the brand amber, as in the heatmap
const BAR = 'fill-amber-500 dark:fill-amber-400'

/** A round top for the y axis so its ticks are whole numbers. */
function axisTop(max: number): number {
  if (max <= 4) return Math.max(1, max)
  const step = 10 ** Math.floor(Math.log10(max))
  const nice = [1, 2, 2.5, 5, 10].find((m) => m * step >= max) ?? 10
  return nice * step
}

function dueLabel(count: number, offset: number, day: number): string {
  const when = offset === 0 ? 'today (with overdue cards)' : `on ${formatShortDay(day)}`
  return `${count === 0 ? 'No cards' : plural(count, 'card')} due ${when}`
}

/** Cards due on each of the next 30 days, as a bar chart. */
export function ForecastChart({ forecast, today }: { forecast: Forecast; today: number }) {
  const days = forecast.perDay
  const max = Math.max(0, ...days)
  const top = axisTop(max)
  const plotWidth = WIDTH - LEFT - RIGHT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const slot = plotWidth / days.length
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight
  const busiest = days.indexOf(max)
  const summary =
    `Cards due in the next ${days.length} days: ${plural(forecast.total, 'card')}, ` +
    `${days[0] ?? 0} today` +
    (max > 0 ? `, at most ${max} on ${formatShortDay(today + busiest)}.` : '.')

  return (
    <Panel title={`Due in the next ${days.length} days`}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="block h-auto w-full max-w-xl"
      >
        <text x={0} y={11} className={LABEL}>
          Cards
        </text>
        {(Number.isInteger(top / 2) ? [0, top / 2, top] : [0, top]).map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className={CHART_GRID} />
            <text x={LEFT - 4} y={y(tick) + 3} textAnchor="end" className={`tabular-nums ${LABEL}`}>
              {tick}
            </text>
          </g>
        ))}
        {days.map((count, i) => (
          <rect
            key={i}
            x={LEFT + i * slot + slot * 0.15}
            y={y(count)}
            width={slot * 0.7}
            height={Math.max(0, y(0) - y(count))}
            className={BAR}
          >
            <title>{dueLabel(count, i, today + i)}</title>
          </rect>
        ))}
        {days.map((_, i) =>
          i % TICK_EVERY === 0 ? (
            <text
              key={i}
              x={LEFT + i * slot + slot / 2}
              y={HEIGHT - BOTTOM + 14}
              textAnchor={i === 0 ? 'start' : 'middle'}
              className={LABEL}
            >
              {i === 0 ? 'Today' : formatLearnerDay(today + i, 'shortDate')}
            </text>
          ) : null,
        )}
        <text x={LEFT + plotWidth / 2} y={HEIGHT - 3} textAnchor="middle" className={LABEL}>
          Day
        </text>
      </svg>
      <TableDisclosure summary="Show the forecast as a table">
        <DataTable<{ offset: number; count: number }>
          caption={`Cards due on each of the next ${days.length} days`}
          hideCaption
          rows={days.map((count, offset) => ({ offset, count }))}
          rowKey={({ offset }) => String(offset)}
          columns={[
            {
              key: 'day',
              header: 'Day',
              cell: ({ offset }) => (offset === 0 ? 'Today' : formatShortDay(today + offset)),
            },
            { key: 'due', header: 'Cards due', numeric: true, cell: ({ count }) => count },
          ]}
        />
      </TableDisclosure>
    </Panel>
  )
}
