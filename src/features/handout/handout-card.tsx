import { SourceLinks } from '@/components/source-links.tsx'
import { useId } from 'react'
import type { RichText } from '@/core/deck/rich-text.ts'
import type { CardDetails, CardSummary } from '@/core/deck/split-deck.ts'
import { formatAwsChangeDate } from '@/components/format-date-time.ts'
import { InlineView, RichTextView } from '@/components/rich-text-view.tsx'
import { Callout } from '@/components/ui/callout.tsx'
import { MUTED_TEXT, PANEL_SURFACE } from '@/components/ui/colours.ts'
import { isLinkHref } from '@/components/ui/text-link.tsx'
import { getTopic } from '@/stores/deck-store.ts'

/** The small capitals over each part of a card. */
const PART_HEADING = `text-xs font-semibold tracking-wide uppercase ${MUTED_TEXT}`

/**
 * One card of a handout, whole, as one block that printing keeps on one page
 * (`break-inside: avoid`; src/app/index.css keeps each heading with what follows it): the
 * question, the answer, what changed at AWS, and the sources printed as their URLs, since a
 * link on paper is only as good as the address it shows.
 */
export function HandoutCard({
  number,
  card,
  front,
  details,
}: {
  number: number
  card: CardSummary
  front: RichText
  details: CardDetails
}) {
  const headingId = useId()
  const sources = details.sources.filter(isLinkHref)
  return (
    <article
      aria-labelledby={headingId}
      // handout-print.css keeps it whole on one page.
      data-handout-card=""
      className={`space-y-3 p-5 ${PANEL_SURFACE}`}
    >
      <h2 id={headingId} className={`text-sm ${MUTED_TEXT}`}>
        Card {number}
        <span aria-hidden="true"> · </span>
        {getTopic(card.topic)?.title}
        <span aria-hidden="true"> · </span>
        <span className="font-mono text-xs">{card.id}</span>
      </h2>
      <RichTextView text={front} className="text-lg font-medium" />
      <section className="space-y-1">
        <h3 className={PART_HEADING}>Answer</h3>
        <RichTextView text={details.back} />
      </section>
      {details.updated && (
        <Callout
          headingLevel={3}
          title={
            // Each an aside landmark: the card's number keeps their names apart (axe's landmark-unique).
            <>
              What changed at AWS<span className="sr-only"> (card {number})</span> ·{' '}
              {formatAwsChangeDate(details.updated.date)}
            </>
          }
        >
          <p>
            <InlineView inlines={details.updated.text} />
          </p>
        </Callout>
      )}
      {sources.length > 0 && (
        <section className="space-y-1">
          <h3 className={PART_HEADING}>Sources</h3>
          <SourceLinks sources={sources} fullUrl className="text-sm" />
        </section>
      )}
    </article>
  )
}
