import { Button } from '@/components/ui/button.tsx'
import type { CardId } from '@/core/deck/index.ts'
import { isBuried } from '@/core/srs/card-actions.ts'
import type { CardSrsState } from '@/core/srs/card-state.ts'
import type { DayNumber } from '@/core/srs/card-state.ts'
import { clearMarks, unbury, unsuspend } from '@/stores/study-store.ts'

/** Anki's browser actions for one card: bring back a suspended or buried card, clear its marks. */
export function CardStateActions({ state, today }: { state: CardSrsState; today: DayNumber }) {
  const id = state.cardId as CardId
  const buried = isBuried(state, today)
  if (!state.suspended && !buried && state.flag === 0 && !state.leech) return null
  return (
    <div className="flex flex-wrap gap-2">
      {state.suspended && <Button onClick={() => void unsuspend(id)}>Unsuspend</Button>}
      {buried && <Button onClick={() => void unbury(id)}>Unbury</Button>}
      {(state.flag !== 0 || state.leech) && (
        <Button onClick={() => void clearMarks(id)}>Clear flag and leech tag</Button>
      )}
    </div>
  )
}
