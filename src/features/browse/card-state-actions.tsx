import { useState } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { Select } from '@/components/ui/field-controls.tsx'
import type { CardId } from '@/core/deck/card.ts'
import {
  FLAG_NAMES,
  isBuried,
  type CardEdit,
  type CardSrsState,
  type DayNumber,
  type Flag,
  type StudyNotice,
} from '@/core/srs/first-screen.ts'
import { studyStore } from '@/stores/study.ts'
import type { StudyEdit } from '@/stores/study-store.ts'

function editedText(edit: CardEdit): string {
  switch (edit.kind) {
    case 'bury':
      return 'Card buried until tomorrow.'
    case 'unbury':
      return 'Card unburied.'
    case 'suspend':
      return 'Card suspended.'
    case 'unsuspend':
      return 'Card unsuspended.'
    case 'flag':
      return edit.flag === 0 ? 'Flag removed.' : `${FLAG_NAMES[edit.flag]} flag set.`
    case 'clear-marks':
      return 'Flag and leech tag cleared.'
  }
}

/** What became of the learner's change, in words (a notice about another card is not shown). */
function Outcome({ notice }: { notice: StudyNotice }) {
  switch (notice.kind) {
    case 'edited':
      return <Alert tone="success">{editedText(notice.edit)}</Alert>
    case 'changed-elsewhere':
      return (
        <Alert tone="error">
          This card was changed in another tab, so nothing was changed here; its change is kept.
          This page now shows the latest progress.
        </Alert>
      )
    case 'not-saved':
      return (
        <Alert tone="error">
          The change could not be saved ({notice.reason}); nothing was changed. Try again.
        </Alert>
      )
    default:
      return null
  }
}

/**
 * Anki's browser actions for one card: suspend, bury, flag, and clear the leech tag. Each goes
 * through the study store's one write path (`editCard`: one transaction that refuses a card
 * another tab changed), as on the review screen, and joins its undo history.
 */
export function CardStateActions({
  cardId,
  state,
  today,
}: {
  cardId: CardId
  /** Undefined: never studied. */
  state: CardSrsState | undefined
  today: DayNumber
}) {
  const [outcome, setOutcome] = useState<{ notice: StudyNotice; n: number }>()
  const [busy, setBusy] = useState(false)
  const suspended = state?.suspended ?? false
  const buried = state !== undefined && !suspended && isBuried(state, today)

  async function run(edit: StudyEdit) {
    const before = studyStore.getState().notice
    setBusy(true)
    try {
      await studyStore.editCard(cardId, edit)
    } finally {
      setBusy(false)
    }
    const notice = studyStore.getState().notice
    if (notice && notice !== before) {
      setOutcome((last) => ({ notice, n: (last?.n ?? 0) + 1 }))
      // Said here: the review screen need not say it again.
      studyStore.dismissNotice()
    }
  }

  return (
    <div className="space-y-2">
      <div role="group" aria-label="Card actions" className="flex flex-wrap items-center gap-2">
        <Button busy={busy} onClick={() => void run(suspended ? 'unsuspend' : 'suspend')}>
          {suspended ? 'Unsuspend' : 'Suspend'}
        </Button>
        {/* Anki keeps a card suspended or buried, never both. */}
        {!suspended && (
          <Button busy={busy} onClick={() => void run(buried ? 'unbury' : 'bury')}>
            {buried ? 'Unbury' : 'Bury until tomorrow'}
          </Button>
        )}
        <Select
          aria-label="Flag"
          compact
          value={state?.flag ?? 0}
          onChange={(e) => void run(Number(e.target.value) as Flag)}
        >
          {FLAG_NAMES.map((name, value) => (
            <option key={name} value={value}>
              {value === 0 ? 'No flag' : `${name} flag`}
            </option>
          ))}
        </Select>
        {state?.leech && (
          <Button busy={busy} onClick={() => void run('clear-marks')}>
            Clear flag and leech tag
          </Button>
        )}
      </div>
      {outcome && <Outcome key={outcome.n} notice={outcome.notice} />}
    </div>
  )
}
