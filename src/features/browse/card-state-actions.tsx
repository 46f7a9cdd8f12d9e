import { isBuried, type CardSrsState, type DayNumber } from '@/core/srs/first-screen.ts'
import { studyStore } from '@/stores/study.ts'

const action =
  'rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'

/** Anki's browser actions for one card: bring back a suspended or buried card, clear its marks. */
export function CardStateActions({ state, today }: { state: CardSrsState; today: DayNumber }) {
  const id = state.cardId
  const buried = isBuried(state, today)
  if (!state.suspended && !buried && state.flag === 0 && !state.leech) return null
  return (
    <div className="flex flex-wrap gap-2">
      {state.suspended && (
        <button
          type="button"
          className={action}
          onClick={() => void studyStore.editCard(id, 'unsuspend')}
        >
          Unsuspend
        </button>
      )}
      {buried && (
        <button
          type="button"
          className={action}
          onClick={() => void studyStore.editCard(id, 'unbury')}
        >
          Unbury
        </button>
      )}
      {(state.flag !== 0 || state.leech) && (
        <button
          type="button"
          className={action}
          onClick={() => void studyStore.editCard(id, 'clear-marks')}
        >
          Clear flag and leech tag
        </button>
      )}
    </div>
  )
}
