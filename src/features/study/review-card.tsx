import { useEffect, type MouseEvent } from 'react'
import { RichTextView } from '@/components/rich-text-view.tsx'
import { MUTED_TEXT, PANEL_SURFACE } from '@/components/ui/colours.ts'
import { useFirstCardMark } from '@/components/use-first-card-mark.ts'
import type { RichText } from '@/core/deck/rich-text.ts'
import type { CardSummary } from '@/core/deck/split-deck.ts'
import { getTopic, loadDeckDetails, loadDeckTags } from '@/stores/deck-store.ts'
import { studyStore } from '@/stores/study.ts'
import { AnswerSection, preloadAnswerSide } from './answer-side-lazy.ts'
import { OnDemand } from './on-demand.tsx'

/** The card under review: its question, and once revealed its answer and what changed at AWS. */
export function ReviewCard({
  card,
  front,
  revealed,
  onReveal,
}: {
  card: CardSummary
  /** Its question (the study page shows the card once its topic's questions have loaded). */
  front: RichText
  revealed: boolean
  /** A tap on the card shows the answer (on a phone the card is the biggest target). */
  onReveal: () => void
}) {
  useFirstCardMark(true)
  // The answer is needed only on reveal: fetch the answers, the code that grades them and the
  // answer side of the screen once the question is on screen.
  useEffect(() => {
    void loadDeckDetails()
    void loadDeckTags()
    void studyStore.prepareAnswering()
    preloadAnswerSide()
  }, [])
  // A tap on a link in the card follows the link; selecting text to copy it reveals nothing.
  const tap = (event: MouseEvent<HTMLElement>) => {
    if (revealed || (event.target as Element).closest('a')) return
    if (window.getSelection()?.toString()) return
    onReveal()
  }
  return (
    // Pointer convenience only: the Show answer button and Space/Enter do the same for keyboards
    // and screen readers, so the card itself is not made a (nested-content) button.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <article
      aria-labelledby="review-question"
      onClick={tap}
      className={`p-5 shadow-sm sm:p-7 ${revealed ? '' : 'cursor-pointer'} ${PANEL_SURFACE}`}
    >
      <p className={`mb-3 text-xs ${MUTED_TEXT}`}>{getTopic(card.topic)?.title}</p>
      <h2 id="review-question" className="sr-only">
        Question
      </h2>
      <RichTextView text={front} className="text-xl font-medium" />
      {revealed && (
        <OnDemand what="The answer">
          <AnswerSection card={card} />
        </OnDemand>
      )}
    </article>
  )
}
