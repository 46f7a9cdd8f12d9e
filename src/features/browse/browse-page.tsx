import { useEffect } from 'react'
import { Link, useParams } from 'wouter'
import { paths, type BrowseCardParams } from '@/routes/paths.ts'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { richTextToPlainText } from '@/core/deck/index.ts'
import {
  getCardSummary,
  getDeckSummary,
  getTagCounts,
  loadDeckDetails,
  useCardDetails,
  useDeckLoadError,
} from '@/stores/deck-store.ts'
import { useCardSearch } from '@/stores/card-search.ts'
import { CardDetail } from './card-detail.tsx'
import { CardList, focusFirstResult } from './card-list.tsx'
import { SearchBox } from './search-box.tsx'
import { TagFilter } from './tag-filter.tsx'
import { useBrowseQuery } from './use-browse-query.ts'

/**
 * The deck browser: search and tag filters on the left, the open card on the right. On a phone
 * the two take turns: the list, then the card with a way back to the list.
 */
export default function BrowsePage() {
  const { cardId } = useParams<BrowseCardParams>()
  const { query, setText, toggleTag, clear } = useBrowseQuery()
  // Answers are not needed for the list: fetch them once the first cards are on screen.
  useEffect(() => {
    void loadDeckDetails()
  }, [])
  const cards = useCardSearch(query)
  const total = getDeckSummary().cards.length
  const open = cardId ? getCardSummary(cardId) : undefined
  const details = useCardDetails(open?.id)
  const loadError = useDeckLoadError()
  const position = open ? cards.findIndex((c) => c.id === open.id) : -1
  const previous = position > 0 ? cards[position - 1] : undefined
  const next = position >= 0 ? cards[position + 1] : undefined
  useDocumentTitle(open ? richTextToPlainText(open.front).slice(0, 60) : 'Cards')
  const filtered = query.text !== '' || query.tags.length > 0

  return (
    <div className="grid gap-x-6 gap-y-4 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <h1 id="cards-heading" className="text-2xl font-bold tracking-tight lg:col-span-2">
        Cards
      </h1>
      <section
        aria-labelledby="cards-heading"
        className={`space-y-4 ${cardId ? 'hidden lg:block' : ''}`}
      >
        <SearchBox value={query.text} onChange={setText} onArrowDown={focusFirstResult} />
        <TagFilter tags={getTagCounts()} selected={query.tags} onToggle={toggleTag} />
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {filtered ? `${cards.length} of ${total} cards` : `${total} cards`}
          {filtered && (
            <button
              type="button"
              onClick={clear}
              className="ml-2 font-medium text-amber-700 underline dark:text-amber-400"
            >
              Clear filters
            </button>
          )}
        </p>
        {cards.length > 0 ? (
          <CardList cards={cards} selectedId={open?.id} query={query} />
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
            No card matches this search.
          </p>
        )}
      </section>

      <div className={cardId ? '' : 'hidden lg:block'}>
        {cardId && (
          <nav
            aria-label="Card navigation"
            className="mb-3 flex items-center justify-between gap-2 text-sm"
          >
            <Link
              href={paths.browse.list(query)}
              className="font-medium text-amber-700 underline lg:invisible dark:text-amber-400"
            >
              ← All cards
            </Link>
            <span className="flex gap-3">
              {previous && (
                <Link
                  href={paths.browse.card(previous.id, query)}
                  className="font-medium text-amber-700 underline dark:text-amber-400"
                >
                  Previous
                </Link>
              )}
              {next && (
                <Link
                  href={paths.browse.card(next.id, query)}
                  className="font-medium text-amber-700 underline dark:text-amber-400"
                >
                  Next
                </Link>
              )}
            </span>
          </nav>
        )}
        {open ? (
          <>
            {loadError && (
              <p
                role="alert"
                className="mb-3 rounded-md bg-red-50 p-3 text-red-900 dark:bg-red-500/10 dark:text-red-200"
              >
                The answers could not be loaded ({loadError}). Reload the page to try again.
              </p>
            )}
            <CardDetail card={open} details={details} />
          </>
        ) : cardId ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-400">
            There is no card <code>{cardId}</code> in this deck. It may have been removed.
          </p>
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-400">
            Choose a card to see its answer, what changed at AWS, and its sources.
          </p>
        )}
      </div>
    </div>
  )
}
