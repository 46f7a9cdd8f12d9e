import { formatLearnerDay } from '@/components/format-date-time.ts'
import { CHART_TEXT, MUTED_TEXT } from '@/components/ui/colours.ts'
import { DataTable } from '@/components/ui/data-table.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { TableDisclosure } from '@/components/ui/table-disclosure.tsx'
import type { Heatmap, HeatmapDay } from '@/core/srs/statistics.ts'
import { formatDay, plural, reviewsOn } from './format-stats.ts'
import { HEATMAP_LEVELS, layoutHeatmap } from './heatmap-layout.ts'

const CELL = 11
const STEP = 13
const LEFT = 28
const TOP = 15
/** Mondays, Wednesdays and Fridays label their rows; 5 January 1970 was a Monday. */
const WEEKDAY_ROWS = [0, 2, 4].map((row) => ({ row, day: 4 + row }))

// kit-exception: the heatmap's levels. Amber deepens with more reviews; in dark mode it
// brightens instead, so busy days stand out against the dark page either way. Level 0 is a grey
// square with an outline.
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
    <Panel title="Reviews per day">
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
            className={`text-[10px] ${CHART_TEXT}`}
          >
            {formatLearnerDay(m.day, 'shortMonth')}
          </text>
        ))}
        {WEEKDAY_ROWS.map((w) => (
          <text
            key={w.row}
            x={0}
            y={TOP + w.row * STEP + CELL - 2}
            className={`text-[10px] ${CHART_TEXT}`}
          >
            {formatLearnerDay(w.day, 'shortWeekday')}
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
      <div aria-hidden="true" className={`flex items-center gap-1 text-xs ${MUTED_TEXT}`}>
        <span className="mr-1">Fewer</span>
        {Array.from({ length: HEATMAP_LEVELS + 1 }, (_, level) => (
          <Swatch key={level} level={level} />
        ))}
        <span className="ml-1">More reviews</span>
      </div>
      <TableDisclosure summary="Show the days as a table">
        {active.length === 0 ? (
          <p>No reviews in this period.</p>
        ) : (
          <DataTable<HeatmapDay>
            caption="Reviews on each day with reviews, newest first"
            hideCaption
            rows={active}
            rowKey={(d) => String(d.day)}
            columns={[
              { key: 'day', header: 'Day', cell: (d) => formatDay(d.day) },
              { key: 'reviews', header: 'Reviews', numeric: true, cell: (d) => d.count },
            ]}
          />
        )}
      </TableDisclosure>
    </Panel>
  )
}
