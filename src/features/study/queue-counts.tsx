import { MUTED_TEXT } from '@/components/ui/colours.ts'
import type { QueueCounts } from '@/core/srs/first-screen.ts'

/** Anki's three counts: new (blue), learning (red), review (green); the current kind underlined. */
export function QueueCountsView({
  counts,
  current,
}: {
  counts: QueueCounts
  current?: 'new' | 'learning' | 'review'
}) {
  // kit-exception: Anki's colours of the three counts (new blue, learning red, review green)
  const items = [
    { kind: 'new', label: 'New', value: counts.new, className: 'text-sky-700 dark:text-sky-300' },
    {
      kind: 'learning',
      label: 'Learning',
      value: counts.learning,
      className: 'text-red-700 dark:text-red-300',
    },
    {
      kind: 'review',
      label: 'To review',
      value: counts.review,
      className: 'text-emerald-700 dark:text-emerald-300',
    },
  ] as const
  return (
    <dl aria-label="Cards left today" className="flex gap-4 text-sm">
      {items.map((item) => (
        <div key={item.kind} className="flex items-baseline gap-1.5">
          <dt className={MUTED_TEXT}>{item.label}</dt>
          <dd
            data-testid={`count-${item.kind}`}
            className={`font-semibold tabular-nums ${item.className} ${current === item.kind ? 'underline underline-offset-4' : ''}`}
          >
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
