import { useMemo, useState } from 'react'
import { formatInstant } from '@/components/format-date-time.ts'
import { formatDuration, formatPercent } from '@/components/format-quantity.ts'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import {
  dayClock,
  todaySummary,
  type NextDueResult,
  type StudyQueue,
  type TodaySummary,
} from '@/core/srs/first-screen.ts'
import { localUtcOffset } from '@/stores/local-time.ts'
import { useStudyStore } from '@/stores/study.ts'
import { CustomStudyForm } from './custom-study-form.tsx'

/** Today in numbers, as Anki's congratulations screen says it. */
function TodayInNumbers({ today }: { today: TodaySummary }) {
  if (today.reviews === 0) return null
  const items = [
    { term: 'Cards studied today', value: String(today.cards) },
    { term: 'Answers', value: String(today.reviews) },
    { term: 'Time', value: formatDuration(today.timeMs) },
    { term: 'Again', value: formatPercent(today.againRate) },
  ]
  return (
    <dl aria-label="Studied today" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {items.map((item) => (
        <div key={item.term}>
          <dt className={`text-sm ${MUTED_TEXT}`}>{item.term}</dt>
          <dd className="text-lg font-semibold tabular-nums">{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}

function describeNext(next: NextDueResult): string {
  if (!next.next)
    return next.newCardsLeft ? 'New cards arrive tomorrow.' : 'No cards are scheduled.'
  const { inDays, availableAt, count } = next.next
  const when =
    inDays === 1
      ? `tomorrow at ${formatInstant(availableAt, 'time')}`
      : `in ${inDays} days (${formatInstant(availableAt, 'weekdayDate')})`
  const cards = count === 1 ? '1 card is' : `${count} cards are`
  return `${cards} due ${when}.`
}

/**
 * "All done": when the next cards come, what is still learning today, and custom study. Loaded
 * when the day's last card is answered: the first card does not need it.
 */
export default function EndScreen({
  queue,
  nextDue,
  inCustomStudy,
}: {
  queue: StudyQueue
  nextDue: NextDueResult | undefined
  inCustomStudy: boolean
}) {
  const logs = useStudyStore((s) => s.logs)
  const dayStartHour = useStudyStore((s) => s.settings.dayStartHour)
  // Read once when shown: the screen counts today as of then.
  const [now] = useState(() => Date.now())
  const today = useMemo(
    () => todaySummary(logs, dayClock(now, dayStartHour, localUtcOffset)),
    [logs, dayStartHour, now],
  )
  return (
    <Panel title={inCustomStudy ? 'Custom study finished' : 'All done for now'}>
      <TodayInNumbers today={today} />
      {queue.waiting.count > 0 && queue.waiting.nextDueAt !== null && (
        <p>
          {queue.waiting.count === 1
            ? '1 learning card comes'
            : `${queue.waiting.count} learning cards come`}{' '}
          back at {formatInstant(queue.waiting.nextDueAt, 'time')}.
        </p>
      )}
      {nextDue && <p data-testid="next-due">{describeNext(nextDue)}</p>}
      <p className={`text-sm ${MUTED_TEXT}`}>Press U to undo your last answer.</p>
      {!inCustomStudy && <CustomStudyForm />}
    </Panel>
  )
}
