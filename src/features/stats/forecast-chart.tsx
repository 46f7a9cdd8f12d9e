import type { Forecast } from '@/core/srs/statistics.ts'
import { formatShortDay, plural } from './format-stats.ts'
import { StatsSection } from './stats-section.tsx'

const WIDTH = 360
const HEIGHT = 180
const LEFT = 30
const RIGHT = 6
const TOP = 18
const BOTTOM = 32
const TICK_EVERY = 7

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
    <StatsSection id="stats-forecast" title={`Due in the next ${days.length} days`}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="block h-auto w-full max-w-xl"
      >
        <text x={0} y={11} className="fill-slate-600 text-[11px] dark:fill-slate-400">
          Cards
        </text>
        {(Number.isInteger(top / 2) ? [0, top / 2, top] : [0, top]).map((tick) => (
          <g key={tick}>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(tick)}
              y2={y(tick)}
              className="stroke-slate-200 dark:stroke-slate-700"
            />
            <text
              x={LEFT - 4}
              y={y(tick) + 3}
              textAnchor="end"
              className="fill-slate-600 text-[11px] tabular-nums dark:fill-slate-400"
            >
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
            className="fill-amber-500 dark:fill-amber-400"
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
              className="fill-slate-600 text-[11px] dark:fill-slate-400"
            >
              {i === 0 ? 'Today' : formatShortDay(today + i).slice(4)}
            </text>
          ) : null,
        )}
        <text
          x={LEFT + plotWidth / 2}
          y={HEIGHT - 3}
          textAnchor="middle"
          className="fill-slate-600 text-[11px] dark:fill-slate-400"
        >
          Day
        </text>
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-amber-700 dark:text-amber-400">
          Show the forecast as a table
        </summary>
        <table className="mt-2 w-full max-w-sm text-left">
          <caption className="sr-only">Cards due on each of the next {days.length} days</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-1 font-semibold">
                Day
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                Cards due
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((count, i) => (
              <tr key={i} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1 font-normal">
                  {i === 0 ? 'Today' : formatShortDay(today + i)}
                </th>
                <td className="py-1 text-right tabular-nums">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </StatsSection>
  )
}
