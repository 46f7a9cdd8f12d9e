import { SourceLinks } from '@/components/source-links.tsx'
import { formatAwsChangeDate } from '@/components/format-date-time.ts'
import { InlineView, RichTextView } from '@/components/rich-text-view.tsx'
import { Callout } from '@/components/ui/callout.tsx'
import { PRESENTER_CLASSES, PRESENTER_TYPE } from '@/components/ui/presenter-frame.tsx'
import type { CardSummary } from '@/core/deck/split-deck.ts'
import { getTopic, useCardDetails, useCardFront, useCardTags } from '@/stores/deck-store.ts'

/**
 * One card in presenter mode: its question in room-readable type, and once revealed its answer,
 * what changed at AWS and the pages it was checked against. The learner's own note and review
 * history are not shown: a room sees the deck, never the presenter's study data.
 */
export function PresentedCard({ card, revealed }: { card: CardSummary; revealed: boolean }) {
  const front = useCardFront(card.id)
  const details = useCardDetails(card.id)
  const tags = useCardTags(card.id) ?? []
  return (
    <article className="presenter-card mx-auto">
      <p className={`${PRESENTER_TYPE.note} ${PRESENTER_CLASSES.muted}`}>
        {getTopic(card.topic)?.title}
        {tags.length > 0 && (
          <>
            <span aria-hidden="true"> · </span>
            {tags.map((tag) => `#${tag}`).join(' ')}
          </>
        )}
      </p>
      <section aria-labelledby="present-question-heading">
        <h2 id="present-question-heading" className="sr-only">
          Question
        </h2>
        {front ? (
          <RichTextView text={front} className={PRESENTER_TYPE.question} />
        ) : (
          <p role="status">Loading the question…</p>
        )}
      </section>
      {revealed && (
        <section aria-labelledby="present-answer-heading" className="presenter-stack">
          <h2 id="present-answer-heading" className="sr-only">
            Answer
          </h2>
          {details ? (
            <RichTextView text={details.back} className={PRESENTER_TYPE.answer} />
          ) : (
            <p role="status">Loading the answer…</p>
          )}
          {details?.updated && (
            <Callout
              title={`Changed at AWS · ${formatAwsChangeDate(details.updated.date)}`}
              className={PRESENTER_TYPE.noteOnPiece}
            >
              <p>
                <InlineView inlines={details.updated.text} />
              </p>
            </Callout>
          )}
          {details && details.sources.length > 0 && (
            <section aria-labelledby="present-sources-heading" className={PRESENTER_TYPE.note}>
              <h2 id="present-sources-heading" className="font-semibold">
                Sources
              </h2>
              <SourceLinks sources={details.sources} />
            </section>
          )}
        </section>
      )}
    </article>
  )
}
