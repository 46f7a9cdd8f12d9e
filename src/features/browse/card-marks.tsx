import { Badge } from '@/components/ui/badge.tsx'
import { FlagBadge } from '@/components/ui/flag-badge.tsx'
import { isBuried } from '@/core/srs/card-actions.ts'
import type { CardSrsState, DayNumber } from '@/core/srs/first-screen.ts'

/** What the learner has marked on a card, as Anki's browser shows it: each mark in words. */
export function CardMarks({ state, today }: { state: CardSrsState; today: DayNumber }) {
  return (
    <>
      {state.suspended && <Badge tone="warning">Suspended</Badge>}
      {!state.suspended && isBuried(state, today) && <Badge>Buried</Badge>}
      <FlagBadge flag={state.flag} />
      {state.leech && <Badge tone="error">Leech</Badge>}
    </>
  )
}
