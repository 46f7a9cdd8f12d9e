import type { Heatmap } from '@/core/srs/statistics.ts'
import { formatDay, plural, reviewsOn } from './format-stats.ts'
import { HEATMAP_LEVELS, layoutHeatmap } from './heatmap-layout.ts'
import { StatsSection } from './stats-section.tsx'

const CELL = 11
const STEP = 13
const LEFT = 28
const TOP = 15
const WEEKDAY_LABELS = [
  { row: 0, label: 'Mon' },
  { row: 2, label: 'Wed' },
  { row: 4, label: 'Fri' },
]

// Amber deepens with more reviews; in dark mode it brightens instead, so busy days stand out
// against the dark page either way. Level 0 is a grey square with an outline.
const LEVEL_CLASSES = [
  'fill-slate-100 stroke-slate-300 dark:fill-slate-800 dark:stroke-slate-600',
  'fill-amber-200 dark:fill-amber-900',
  'fill-amber-400 dark:fill-amber-700',
  'fill-amber-600 dark:fill-amber-500',
  'fill-amber-800 dark:fill-amber-300',
]

function Swatch({ level }: { level: number }) {
  return (
    <svg viewBox={`0 0 ${CELL} ${CELL}`} className="size-3" aria-hidden="true">
      <rect width={CELL} height={CELL} rx="2" className={LEVEL_CLASSES[level]} />
    </svg>
  )
}

/** Reviews per day for about six months, weeks as columns, like GitHub's and Anki's calendars. */
export function ReviewHeatmap({ heatmap }: { heatmap: Heatmap }) {
  const grid = layoutHeatmap(heatmap.days, heatmap.max)
  const first = heatmap.days[0]
  const last = heatmap.days[heatmap.days.length - 1]
  const width = LEFT + grid.weeks * STEP
  const height = TOP + 7 * STEP
  const busiest = heatmap.days.find((d) => d.count === heatmap.max && d.count > 0)
  const summary =
    `Reviews per day from ${first ? formatDay(first.day) : ''} to ${last ? formatDay(last.day) : ''}: ` +
    `${plural(heatmap.total, 'review')} on ${plural(heatmap.activeDays, 'day')}` +
    (busiest ? `, at most ${heatmap.max} on ${formatDay(busiest.day)}.` : '.')
  const active = heatmap.days.filter((d) => d.count > 0).reverse()

  return (
    <StatsSection id="stats-calendar" title="Reviews per day">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        className="block h-auto w-full max-w-2xl"
      >
        {grid.months.map((m) => (
          <text
            key={m.week}
            x={LEFT + m.week * STEP}
            y={TOP - 4}
            className="fill-slate-600 text-[10px] dark:fill-slate-400"
          >
            {m.label}
          </text>
        ))}
        {WEEKDAY_LABELS.map((w) => (
          <text
            key={w.row}
            x={0}
            y={TOP + w.row * STEP + CELL - 2}
            className="fill-slate-600 text-[10px] dark:fill-slate-400"
          >
            {w.label}
          </text>
        ))}
        {grid.cells.map((cell) => (
          <rect
            key={cell.day}
            x={LEFT + cell.week * STEP}
            y={TOP + cell.weekday * STEP}
            width={CELL}
            height={CELL}
            rx="2"
            className={LEVEL_CLASSES[cell.level]}
          >
            <title>{reviewsOn(cell.count, cell.day)}</title>
          </rect>
        ))}
      </svg>
      <div
        aria-hidden="true"
        className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400"
      >
        <span className="mr-1">Fewer</span>
        {Array.from({ length: HEATMAP_LEVELS + 1 }, (_, level) => (
          <Swatch key={level} level={level} />
        ))}
        <span className="ml-1">More reviews</span>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-amber-700 dark:text-amber-400">
          Show the days as a table
        </summary>
        {active.length === 0 ? (
          <p className="mt-2">No reviews in this period.</p>
        ) : (
          <table className="mt-2 w-full max-w-sm text-left">
            <caption className="sr-only">Reviews on each day with reviews, newest first</caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <th scope="col" className="py-1 font-semibold">
                  Day
                </th>
                <th scope="col" className="py-1 text-right font-semibold">
                  Reviews
                </th>
              </tr>
            </thead>
            <tbody>
              {active.map((d) => (
                <tr key={d.day} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1 font-normal">
                    {formatDay(d.day)}
                  </th>
                  <td className="py-1 text-right tabular-nums">{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </StatsSection>
  )
}
