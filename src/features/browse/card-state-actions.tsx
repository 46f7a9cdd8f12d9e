import { Button } from '@/components/ui/button.tsx'
import { isBuried, type CardSrsState, type DayNumber } from '@/core/srs/first-screen.ts'
import { studyStore } from '@/stores/study.ts'

/** Anki's browser actions for one card: bring back a suspended or buried card, clear its marks. */
export function CardStateActions({ state, today }: { state: CardSrsState; today: DayNumber }) {
  const id = state.cardId
  const buried = isBuried(state, today)
  if (!state.suspended && !buried && state.flag === 0 && !state.leech) return null
  return (
    <div className="flex flex-wrap gap-2">
      {state.suspended && (
        <Button onClick={() => void studyStore.editCard(id, 'unsuspend')}>Unsuspend</Button>
      )}
      {buried && <Button onClick={() => void studyStore.editCard(id, 'unbury')}>Unbury</Button>}
      {(state.flag !== 0 || state.leech) && (
        <Button onClick={() => void studyStore.editCard(id, 'clear-marks')}>
          Clear flag and leech tag
        </Button>
      )}
    </div>
  )
}
