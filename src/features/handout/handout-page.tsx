import { useEffect, useState } from 'react'
import { useSearch } from 'wouter'
import { browseQueryOf, paths } from '@/routes/paths.ts'
import { classroomPaths } from '@/routes/classroom-paths.ts'
import { formatInstant } from '@/components/format-date-time.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { EmptyState } from '@/components/ui/empty-state.tsx'
import { ShareLink } from '@/components/ui/share-link.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { useCardSearch } from '@/stores/card-search.ts'
import {
  getDeckSummary,
  loadAllFronts,
  loadDeckDetails,
  loadDeckTags,
  useDeckDetails,
  useDeckLoadError,
  useLoadedFronts,
} from '@/stores/deck-store.ts'
import { describeQuery } from './describe-query.ts'
import { HandoutCard } from './handout-card.tsx'
import './handout-print.css'

/**
 * A printable handout of a tag set or a search (`/handout?tag=…&q=…`, the card browser's search
 * as `browseSearch` writes it, found the same way): each card whole, one block per card, with a
 * Print button. The print styles (handout-print.css, loaded with this screen only) drop the app's frame and the
 * buttons, print black on white, keep each card on one page, and print each link's address.
 * Progress is not read: a search about it (is:due) is refused, since a handout is for others.
 */
export default function HandoutPage() {
  const search = useSearch()
  const query = browseQueryOf(search)
  const described = describeQuery(query)
  useDocumentTitle(`Handout: ${described}`)
  // The day the page was opened: the date a printout carries.
  const [openedAt] = useState(() => Date.now())
  // Every card is printed whole: every question, answer and source, and the tags to filter by.
  useEffect(() => {
    void loadAllFronts()
    void loadDeckDetails()
    void loadDeckTags()
  }, [])
  const result = useCardSearch(query, undefined)
  const fronts = useLoadedFronts()
  const details = useDeckDetails()
  const loadError = useDeckLoadError()
  const ready =
    result.status === 'found' &&
    details !== undefined &&
    Object.keys(fronts).length >= getDeckSummary().cards.length
  const cards = ready ? result.cards : []

  return (
    <div data-handout="" className="mx-auto max-w-3xl space-y-5">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Handout: {described}</h1>
        <p className={MUTED_TEXT}>
          AWS KMS flashcards from KeyDeck
          {ready && `, ${cards.length} ${cards.length === 1 ? 'card' : 'cards'}`}. Printed{' '}
          {formatInstant(openedAt, 'longDate')}.
        </p>
        <div data-screen-only="" className="flex flex-wrap items-center gap-x-6 gap-y-1">
          <Button variant="primary" onClick={() => window.print()} disabled={!ready}>
            Print
          </Button>
          <TextLink href={paths.browse.list(query)}>Back to these cards</TextLink>
          <ShareLink path={classroomPaths.handout(query)} what="this handout" />
        </div>
      </div>
      {loadError ? (
        <Alert tone="error">
          <p>The cards could not be loaded ({loadError}). Reload the page to try again.</p>
        </Alert>
      ) : result.status === 'invalid' ? (
        <Alert tone="error">
          <p>This search is not valid: {result.message}</p>
        </Alert>
      ) : result.status === 'needs-progress' ? (
        <Alert tone="warning">
          <p>
            This search asks about study progress, which a handout leaves out: it is for others.
            Search by text and tags instead.
          </p>
        </Alert>
      ) : result.status === 'unavailable' ? (
        <Alert tone="error">
          <p>The search could not be loaded ({result.message}). You may be offline.</p>
        </Alert>
      ) : !ready ? (
        <p role="status">Loading the cards…</p>
      ) : cards.length === 0 ? (
        <EmptyState className="text-center">No card matches this search.</EmptyState>
      ) : (
        <ol aria-label="Handout cards" className="space-y-4">
          {cards.map((card, index) => {
            const cardDetails = details[card.id]
            const front = fronts[card.id]
            return cardDetails && front ? (
              <li key={card.id}>
                <HandoutCard number={index + 1} card={card} front={front} details={cardDetails} />
              </li>
            ) : null
          })}
        </ol>
      )}
    </div>
  )
}
