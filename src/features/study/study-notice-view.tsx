import { TextLink } from '@/components/ui/text-link.tsx'
import { richTextToPlainText } from '@/core/deck/rich-text.ts'
import type { CardId } from '@/core/deck/card.ts'
import type { CardEdit, StudyAction, StudyNotice } from '@/core/srs/first-screen.ts'
import { paths } from '@/routes/paths.ts'
import { useCardFront } from '@/stores/deck-store.ts'

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
      return edit.flag === 0 ? 'Flag removed.' : 'Card flagged.'
    case 'clear-marks':
      return 'Flag and leech tag cleared.'
  }
}

const ACTION: Record<StudyAction, string> = {
  answer: 'Your answer',
  undo: 'The undo',
  edit: 'The change',
}

/** The card's question, short enough to name it in a sentence. */
function CardLink({ cardId }: { cardId: CardId }) {
  const front = useCardFront(cardId)
  const question = front ? richTextToPlainText(front) : cardId
  return (
    <TextLink href={paths.browse.card(cardId)} className="font-medium">
      “{question.length > 70 ? `${question.slice(0, 69)}…` : question}”
    </TextLink>
  )
}

/** A study notice in words: it names the card it is about and links to it. */
export function StudyNoticeView({ notice }: { notice: StudyNotice }) {
  switch (notice.kind) {
    case 'leech':
      return (
        <span>
          The card <CardLink cardId={notice.cardId} /> has lapsed {notice.lapses} times: it is a
          leech
          {notice.suspended
            ? ' and was suspended. Rewrite your mnemonic, then unsuspend it in the card browser.'
            : '. Try a new way to remember it.'}
        </span>
      )
    case 'edited':
      return <span>{editedText(notice.edit)}</span>
    case 'undone':
      return <span>{notice.action === 'answer' ? 'Answer taken back.' : 'Change taken back.'}</span>
    case 'changed-elsewhere':
      return (
        <span>
          {notice.action === 'undo'
            ? 'That card was changed in another tab since, so there is nothing here to undo; its change is kept.'
            : 'That card was changed in another tab, so nothing was changed here; its change is kept.'}{' '}
          This tab now shows the latest progress.
        </span>
      )
    case 'not-saved':
      return (
        <span>
          {ACTION[notice.action]} could not be saved ({notice.reason}); nothing was changed. Try
          again.
        </span>
      )
  }
}
