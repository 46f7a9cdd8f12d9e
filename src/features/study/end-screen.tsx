import type { NextDueResult, StudyQueue } from '@/core/srs/first-screen.ts'
import { CustomStudyForm } from './custom-study-form.tsx'

function describeTime(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(ms)
}

function describeNext(next: NextDueResult): string {
  if (!next.next)
    return next.newCardsLeft ? 'New cards arrive tomorrow.' : 'No cards are scheduled.'
  const { inDays, availableAt, count } = next.next
  const when =
    inDays === 1
      ? `tomorrow at ${describeTime(availableAt)}`
      : `in ${inDays} days (${new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(availableAt)})`
  const cards = count === 1 ? '1 card is' : `${count} cards are`
  return `${cards} due ${when}.`
}

/** "All done": when the next cards come, what is still learning today, and custom study. */
export function EndScreen({
  queue,
  nextDue,
  inCustomStudy,
}: {
  queue: StudyQueue
  nextDue: NextDueResult | undefined
  inCustomStudy: boolean
}) {
  return (
    <section
      aria-labelledby="done-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="done-heading" className="text-xl font-semibold">
        {inCustomStudy ? 'Custom study finished' : 'All done for now'}
      </h2>
      {queue.waiting.count > 0 && queue.waiting.nextDueAt !== null && (
        <p>
          {queue.waiting.count === 1
            ? '1 learning card comes'
            : `${queue.waiting.count} learning cards come`}{' '}
          back at {describeTime(queue.waiting.nextDueAt)}.
        </p>
      )}
      {nextDue && <p data-testid="next-due">{describeNext(nextDue)}</p>}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Press U to undo your last answer.
      </p>
      {!inCustomStudy && <CustomStudyForm />}
    </section>
  )
}
