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
import { formatInstant } from '@/components/format-date-time.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { DataTable } from '@/components/ui/data-table.tsx'
import { localUtcOffset } from '@/stores/local-time.ts'
import { startStudy, studyStore, useStudyStore } from '@/stores/study.ts'
import { CardStateActions } from './card-state-actions.tsx'

const RATING_NAMES = ['Manual', 'Again', 'Hard', 'Good', 'Easy'] as const
const STATE_NAMES = ['New', 'Learning', 'Review', 'Relearning'] as const

const today = (settings: SrsSettings) =>
  dayNumber(Date.now(), settings.dayStartHour, localUtcOffset)

function answerName(row: HistoryRow): string {
  const name = RATING_NAMES[row.rating]
  return row.kind === 'cram' ? `${name} (cram)` : name
}

/** The answer given; a lapse (Again) stands out, as on the answer buttons. */
function AnswerName({ row }: { row: HistoryRow }) {
  if (row.rating !== 1) return answerName(row)
  return (
    // kit-exception: Again keeps its grade colour, as on the answer buttons
    <span className="font-medium text-red-700 dark:text-red-300">{answerName(row)}</span>
  )
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
    ...(fsrs.state === 0 ? [] : [{ term: 'Due', value: formatInstant(fsrs.due, 'dateTime') }]),
    { term: 'Reviews', value: String(fsrs.reps) },
    { term: 'Lapses', value: String(fsrs.lapses) },
    ...(marks.length > 0 ? [{ term: 'Marked', value: marks.join(', ') }] : []),
  ]
  return (
    <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
      {items.map((item) => (
        <div key={item.term} className="flex gap-1.5">
          <dt className={MUTED_TEXT}>{item.term}</dt>
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
  // A card's history needs every review, not only today's (what studying loads).
  useEffect(() => {
    void startStudy().then(() => studyStore.loadHistory())
  }, [])
  const status = useStudyStore((s) =>
    s.status === 'ready' && !s.historyLoaded ? 'loading' : s.status,
  )
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
        <Alert tone="error">
          <p>Your study progress could not be opened.</p>
        </Alert>
      ) : (
        <>
          {state && <CurrentState state={state} settings={settings} />}
          <CardStateActions cardId={cardId as CardId} state={state} today={today(settings)} />
          {rows.length === 0 ? (
            <p className={`text-sm ${MUTED_TEXT}`}>Not reviewed yet.</p>
          ) : (
            <DataTable<HistoryRow>
              caption="Reviews of this card, newest first"
              hideCaption
              dense
              rows={rows}
              rowKey={(row, i) => `${row.reviewedAt}-${row.kind}-${i}`}
              columns={[
                {
                  key: 'date',
                  header: 'Date',
                  cell: (row) => (
                    <>
                      <span className="whitespace-nowrap">
                        {formatInstant(row.reviewedAt, 'date')},
                      </span>{' '}
                      <span className="whitespace-nowrap">
                        {formatInstant(row.reviewedAt, 'time')}
                      </span>
                    </>
                  ),
                },
                { key: 'answer', header: 'Answer', cell: (row) => <AnswerName row={row} /> },
                { key: 'interval', header: 'Interval', numeric: true, cell: intervalText },
                {
                  key: 'stability',
                  header: 'Stability',
                  shortHeader: 'Stab.',
                  numeric: true,
                  cell: (row) => days(row.stability),
                },
                {
                  key: 'difficulty',
                  header: 'Difficulty',
                  shortHeader: 'Diff.',
                  numeric: true,
                  cell: (row) => row.difficulty.toFixed(1),
                },
                {
                  key: 'recall',
                  header: 'Recall',
                  numeric: true,
                  cell: (row) =>
                    row.retrievability === null ? '—' : `${Math.round(row.retrievability * 100)}%`,
                },
              ]}
            />
          )}
          {rows.length > 0 && (
            <p className={`text-xs ${MUTED_TEXT}`}>
              Stability: days until recall drops to 90%. Difficulty: 1 (easy) to 10 (hard). Recall:
              the chance FSRS gave you of remembering the card when it was shown.
            </p>
          )}
        </>
      )}
    </section>
  )
}
