import { SourceLinks } from '@/components/source-links.tsx'
import { Suspense, type ReactNode } from 'react'
import type { CardId } from '@/core/deck/card.ts'
import type { CardDetails, CardSummary } from '@/core/deck/split-deck.ts'
import { SANDBOX_SCENARIOS } from '@/core/deck/index.ts'
import { classroomPaths } from '@/routes/classroom-paths.ts'
import { paths } from '@/routes/paths.ts'
import { ErrorBoundary } from '@/components/error-boundary.tsx'
import { formatAwsChangeDate } from '@/components/format-date-time.ts'
import { retryableLazy, retryFailedLoads } from '@/components/retryable-lazy.ts'
import { InlineView, RichTextView } from '@/components/rich-text-view.tsx'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { ButtonLink } from '@/components/ui/button-link.tsx'
import { Callout } from '@/components/ui/callout.tsx'
import { ChipLink } from '@/components/ui/chip.tsx'
import { MUTED_TEXT, PANEL_SURFACE } from '@/components/ui/colours.ts'
import { TextLink } from '@/components/ui/text-link.tsx'
import { ShareLink } from '@/components/ui/share-link.tsx'
import { getTopic, useCardFront, useCardTags } from '@/stores/deck-store.ts'
import { NoteButtonPlaceholder } from './note-button-placeholder.tsx'

// The learner's review history needs the study data: load it only when a card is opened.
const CardHistory = retryableLazy<{ cardId: string }>(() =>
  import('./card-history.tsx').then((m) => ({ default: m.CardHistory })),
)
// So does the learner's note, with its editor.
const CardNoteSection = retryableLazy<{ cardId: CardId }>(() =>
  import('./card-note-section.tsx').then((m) => ({ default: m.CardNoteSection })),
)

/** A part of the card's page that loads with it; offline, the card stays readable without it. */
function LoadsWithCard({
  cardId,
  what,
  loading,
  children,
}: {
  cardId: string
  what: string
  loading: ReactNode
  children: ReactNode
}) {
  return (
    <ErrorBoundary
      resetKey={cardId}
      onRetry={retryFailedLoads}
      fallback={(_error, retry) => (
        <Alert tone="error">
          <p>
            {what} could not be loaded.{' '}
            <Button variant="text" onClick={retry}>
              Retry
            </Button>
          </p>
        </Alert>
      )}
    >
      <Suspense fallback={loading}>{children}</Suspense>
    </ErrorBoundary>
  )
}

/** The small capitals over each part of the card. */
const PART_HEADING = `mb-2 text-xs font-semibold tracking-wide uppercase ${MUTED_TEXT}`

/** One card, whole: question, answer, what changed at AWS, the pages it was checked against. */
export function CardDetail({
  card,
  details,
}: {
  card: CardSummary
  details: CardDetails | undefined
}) {
  const front = useCardFront(card.id)
  const tags = useCardTags(card.id) ?? []
  const scenario = details?.sandboxScenario
  return (
    <article aria-labelledby="card-question" className={`space-y-5 p-5 ${PANEL_SURFACE}`}>
      <p className={`text-sm ${MUTED_TEXT}`}>
        {getTopic(card.topic)?.title}
        <span aria-hidden="true"> · </span>
        <span className="font-mono text-xs">{card.id}</span>
        <span aria-hidden="true"> · </span>
        <TextLink href={classroomPaths.present.card(card.id)}>Present this card</TextLink>
      </p>
      <ShareLink path={paths.browse.card(card.id)} what="this card" />
      <section>
        <h2 id="card-question" className={PART_HEADING}>
          Question
        </h2>
        {front ? (
          <RichTextView text={front} className="text-lg font-medium" />
        ) : (
          <p role="status">Loading the question…</p>
        )}
      </section>
      <section>
        <h2 className={PART_HEADING}>Answer</h2>
        {details ? <RichTextView text={details.back} /> : <p role="status">Loading the answer…</p>}
      </section>
      <LoadsWithCard
        cardId={card.id}
        what="Your note on this card"
        loading={<NoteButtonPlaceholder />}
      >
        <CardNoteSection cardId={card.id} />
      </LoadsWithCard>
      {details?.updated && (
        <Callout title={`Changed at AWS · ${formatAwsChangeDate(details.updated.date)}`}>
          <p>
            <InlineView inlines={details.updated.text} />
          </p>
        </Callout>
      )}
      {tags.length > 0 && (
        <section aria-label="Tags">
          <ul className="flex flex-wrap gap-1.5">
            {tags.map((tag) => (
              <li key={tag}>
                <ChipLink href={paths.browse.tag(tag)}>#{tag}</ChipLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {details && details.sources.length > 0 && (
        <section>
          <h2 className="mb-1 text-sm font-semibold">Sources</h2>
          <SourceLinks sources={details.sources} className="text-sm" />
        </section>
      )}
      {scenario && (
        <ButtonLink href={paths.sandbox.scenario(scenario)} variant="primary">
          Try it in the sandbox: {SANDBOX_SCENARIOS[scenario]} <span aria-hidden="true">→</span>
        </ButtonLink>
      )}
      <LoadsWithCard
        cardId={card.id}
        what="Your reviews of this card"
        loading={<p role="status">Loading your reviews…</p>}
      >
        <CardHistory cardId={card.id} />
      </LoadsWithCard>
    </article>
  )
}
