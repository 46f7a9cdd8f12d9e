import { formatInstant } from '@/components/format-date-time.ts'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import type { NextDueResult, StudyQueue } from '@/core/srs/first-screen.ts'
import { CustomStudyForm } from './custom-study-form.tsx'

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
  return (
    <Panel title={inCustomStudy ? 'Custom study finished' : 'All done for now'}>
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
