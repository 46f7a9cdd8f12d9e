import { useMemo, useState } from 'react'
import { useParams, useSearch } from 'wouter'
import { CopyButton } from '@/components/ui/copy-button.tsx'
import { EmptyState } from '@/components/ui/empty-state.tsx'
import { PresenterFrame } from '@/components/ui/presenter-frame.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import type { CardQuery } from '@/core/deck/search-cards.ts'
import { browseQueryOf, paths, type PresentCardParams } from '@/routes/paths.ts'
import { getTopic } from '@/stores/deck-store.ts'
import { back, forward, isEnd, last, START, type PresentAt } from './present-steps.ts'
import { PresentedCard } from './presented-card.tsx'
import { usePresentedCards } from './use-presented-cards.ts'

/** The title line: the tags and words of the search, as the card browser's URL holds them. */
function titleOf(query: CardQuery): string {
  const parts = [...query.tags.map((tag) => `#${tag}`)]
  if (query.text.trim() !== '') parts.push(`“${query.text.trim()}”`)
  return parts.length > 0 ? `Cards: ${parts.join(' ')}` : 'All cards'
}

/**
 * Presenter mode over cards (issue 14, item 1): `/present/cards?tag=…&q=…` presents what that
 * search finds in the card browser, `/present/cards/<id>` one card; a question at a time, then
 * its answer. It reads the deck only: never the study store, so presenting changes no schedule.
 */
export default function PresentCardsPage() {
  const { cardId } = useParams<PresentCardParams>()
  const search = useSearch()
  // A new search starts the presentation again from its first card.
  return <CardsPresentation key={`${cardId ?? ''}?${search}`} cardId={cardId} search={search} />
}

function CardsPresentation({ cardId, search }: { cardId: string | undefined; search: string }) {
  const query = useMemo(() => browseQueryOf(search), [search])
  const presented = usePresentedCards(cardId, query)
  const [at, setAt] = useState<PresentAt>(START)
  const cards = presented.status === 'found' ? presented.cards : []
  const total = cards.length
  const card = cards[Math.min(at.index, total - 1)]
  const single = cardId !== undefined
  const title = single ? ((card && getTopic(card.topic)?.title) ?? 'Card') : titleOf(query)
  useDocumentTitle(`Presenting ${title}`)

  return (
    <PresenterFrame
      title={title}
      exitHref={
        single
          ? card
            ? paths.browse.card(card.id)
            : paths.browse.list()
          : paths.browse.list(query)
      }
      position={total > 0 ? at.index + 1 : undefined}
      total={total}
      progressLabel="Cards presented"
      onForward={() => setAt((now) => forward(now, total))}
      onBack={() => setAt(back)}
      onFirst={() => setAt(START)}
      onLast={() => setAt(last(total))}
      forwardLabel={at.revealed ? 'Next card' : 'Show answer'}
      forwardDisabled={total === 0 || isEnd(at, total)}
      backDisabled={total === 0 || (at.index === 0 && !at.revealed)}
      actions={
        <CopyButton text={window.location.href} label="Copy the link to this presentation" />
      }
    >
      {presented.status === 'loading' ? (
        <p role="status">Loading the cards…</p>
      ) : presented.status === 'problem' ? (
        <EmptyState className="mx-auto max-w-3xl text-center text-xl">
          {presented.message}
        </EmptyState>
      ) : (
        card && <PresentedCard card={card} revealed={at.revealed} />
      )}
    </PresenterFrame>
  )
}
