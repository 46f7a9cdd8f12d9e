import { useEffect, useMemo } from 'react'
import type { CardId } from '@/core/deck/index.ts'
import { cardHistory, type HistoryRow } from '@/core/srs/statistics.ts'
import {
  FLAG_NAMES,
  dayNumber,
  formatInterval,
  isBuried,
  type CardSrsState,
  type SrsSettings,
} from '@/core/srs/first-screen.ts'
import { localUtcOffset } from '@/stores/local-time.ts'
import { startStudy, useStudyStore } from '@/stores/study.ts'
import { CardStateActions } from './card-state-actions.tsx'

const RATING_NAMES = ['Manual', 'Again', 'Hard', 'Good', 'Easy'] as const
const STATE_NAMES = ['New', 'Learning', 'Review', 'Relearning'] as const

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })
const timeOnly = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' })
const today = (settings: SrsSettings) =>
  dayNumber(Date.now(), settings.dayStartHour, localUtcOffset)

function answerName(row: HistoryRow): string {
  const name = RATING_NAMES[row.rating]
  return row.kind === 'cram' ? `${name} (cram)` : name
}

/** Days once the card graduates; the learning step ("10m") before. Cram leaves it unchanged. */
function intervalText(row: HistoryRow): string {
  if (row.kind === 'cram') return '—'
  if (row.intervalDays >= 1) return `${row.intervalDays} d`
  return formatInterval(Math.max(0, row.due - row.reviewedAt))
}

function days(value: number): string {
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} d`
}

/** A column name shortened on narrow screens; screen readers always hear the full one. */
function Header({ full, short }: { full: string; short: string }) {
  return (
    <>
      <span aria-hidden="true" className="sm:hidden">
        {short}
      </span>
      <span className="sr-only sm:not-sr-only">{full}</span>
    </>
  )
}

/** What the card is now: its FSRS state, when it is due, and the flags the learner set. */
function CurrentState({ state, settings }: { state: CardSrsState; settings: SrsSettings }) {
  const { fsrs } = state
  const marks = [
    state.suspended && 'Suspended',
    isBuried(state, today(settings)) && 'Buried until tomorrow',
    state.leech && 'Leech',
    state.flag !== 0 && `${FLAG_NAMES[state.flag]} flag`,
    state.removedFromDeck && 'No longer in the deck',
  ].filter((mark): mark is string => typeof mark === 'string')
  const items = [
    { term: 'State', value: STATE_NAMES[fsrs.state] },
    ...(fsrs.state === 0 ? [] : [{ term: 'Due', value: dateTime.format(fsrs.due) }]),
    { term: 'Reviews', value: String(fsrs.reps) },
    { term: 'Lapses', value: String(fsrs.lapses) },
    ...(marks.length > 0 ? [{ term: 'Marked', value: marks.join(', ') }] : []),
  ]
  return (
    <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
      {items.map((item) => (
        <div key={item.term} className="flex gap-1.5">
          <dt className="text-slate-600 dark:text-slate-400">{item.term}</dt>
          <dd className="font-medium">{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}

/**
 * Card info's review history (as in Anki): every answer to this card, newest first, with the
 * interval and memory state it produced and the recall probability FSRS expected when shown.
 */
export function CardHistory({ cardId }: { cardId: string }) {
  // The browser can be opened directly: load the study data if no other screen did.
  useEffect(() => {
    void startStudy()
  }, [])
  const status = useStudyStore((s) => s.status)
  const logs = useStudyStore((s) => s.logs)
  const settings = useStudyStore((s) => s.settings)
  const state = useStudyStore((s) => s.states.get(cardId as CardId))
  const rows = useMemo(
    () =>
      cardHistory(
        logs.filter((l) => l.cardId === cardId),
        settings,
      ).toReversed(),
    [logs, settings, cardId],
  )

  return (
    <section aria-labelledby="card-history" className="space-y-3">
      <h2 id="card-history" className="text-sm font-semibold">
        Your reviews
      </h2>
      {status === 'loading' ? (
        <p role="status" className="text-sm">
          Loading your reviews…
        </p>
      ) : status === 'failed' ? (
        <p className="text-sm">Your study progress could not be opened.</p>
      ) : (
        <>
          {state && <CurrentState state={state} settings={settings} />}
          {state && <CardStateActions state={state} today={today(settings)} />}
          {rows.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">Not reviewed yet.</p>
          ) : (
            <table className="w-full text-left text-xs sm:text-sm">
              <caption className="sr-only">Reviews of this card, newest first</caption>
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="col" className="py-1.5 pr-1 font-semibold">
                    Date
                  </th>
                  <th scope="col" className="px-1 py-1.5 font-semibold">
                    Answer
                  </th>
                  <th scope="col" className="px-1 py-1.5 text-right font-semibold">
                    Interval
                  </th>
                  <th scope="col" className="px-1 py-1.5 text-right font-semibold">
                    <Header full="Stability" short="Stab." />
                  </th>
                  <th scope="col" className="px-1 py-1.5 text-right font-semibold">
                    <Header full="Difficulty" short="Diff." />
                  </th>
                  <th scope="col" className="py-1.5 pl-1 text-right font-semibold">
                    Recall
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr
                    key={`${row.reviewedAt}-${row.kind}-${i}`}
                    className="border-b border-slate-100 dark:border-slate-800"
                  >
                    <th scope="row" className="py-1.5 pr-1 font-normal">
                      <span className="whitespace-nowrap">{dateOnly.format(row.reviewedAt)},</span>{' '}
                      <span className="whitespace-nowrap">{timeOnly.format(row.reviewedAt)}</span>
                    </th>
                    <td
                      className={`px-1 py-1.5 ${row.rating === 1 ? 'font-medium text-red-700 dark:text-red-300' : ''}`}
                    >
                      {answerName(row)}
                    </td>
                    <td className="px-1 py-1.5 text-right tabular-nums">{intervalText(row)}</td>
                    <td className="px-1 py-1.5 text-right tabular-nums">{days(row.stability)}</td>
                    <td className="px-1 py-1.5 text-right tabular-nums">
                      {row.difficulty.toFixed(1)}
                    </td>
                    <td className="py-1.5 pl-1 text-right tabular-nums">
                      {row.retrievability === null
                        ? '—'
                        : `${Math.round(row.retrievability * 100)}%`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {rows.length > 0 && (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              Stability: days until recall drops to 90%. Difficulty: 1 (easy) to 10 (hard). Recall:
              the chance FSRS gave you of remembering the card when it was shown.
            </p>
          )}
        </>
      )}
    </section>
  )
}
