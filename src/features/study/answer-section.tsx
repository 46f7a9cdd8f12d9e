import { CardNoteView } from '@/components/card-note-view.tsx'
import { formatAwsChangeDate } from '@/components/format-date-time.ts'
import { InlineView, RichTextView } from '@/components/rich-text-view.tsx'
import { Callout } from '@/components/ui/callout.tsx'
import { DIVIDER } from '@/components/ui/colours.ts'
import { Kbd } from '@/components/ui/kbd.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import type { CardSummary } from '@/core/deck/split-deck.ts'
import { paths } from '@/routes/paths.ts'
import { useCardNote } from '@/stores/card-notes.ts'
import { useCardDetails } from '@/stores/deck-store.ts'

/**
 * The revealed side of the card: its answer, the learner's own note, what changed at AWS, and
 * where to read more.
 */
export function AnswerSection({ card }: { card: CardSummary }) {
  const details = useCardDetails(card.id)
  const note = useCardNote(card.id)
  return (
    <section aria-labelledby="review-answer" className={`mt-6 border-t pt-6 ${DIVIDER}`}>
      <h2 id="review-answer" className="sr-only">
        Answer
      </h2>
      {details ? (
        <>
          <RichTextView text={details.back} />
          {note !== undefined && (
            <CardNoteView
              text={note}
              hint={
                <span className="touch-only:hidden">
                  (<Kbd>E</Kbd> to edit)
                </span>
              }
            />
          )}
          {details.updated && (
            <Callout
              headingLevel={3}
              title={`Changed at AWS (${formatAwsChangeDate(details.updated.date)})`}
              className="mt-4"
            >
              <p>
                <InlineView inlines={details.updated.text} />
              </p>
            </Callout>
          )}
          <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <TextLink href={paths.browse.card(card.id)}>Card details and sources</TextLink>
            {details.sandboxScenario && (
              <TextLink href={paths.sandbox.scenario(details.sandboxScenario)}>
                Try it in the sandbox
              </TextLink>
            )}
          </p>
        </>
      ) : (
        <p role="status">Loading the answer…</p>
      )}
    </section>
  )
}
