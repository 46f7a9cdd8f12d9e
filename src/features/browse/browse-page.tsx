import { Suspense, useEffect, type ComponentProps } from 'react'
import { useParams } from 'wouter'
import { classroomPaths } from '@/routes/classroom-paths.ts'
import { paths, type BrowseCardParams } from '@/routes/paths.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { EmptyState } from '@/components/ui/empty-state.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { ShareLink } from '@/components/ui/share-link.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { richTextToPlainText } from '@/core/deck/index.ts'
import { dayNumber } from '@/core/srs/day.ts'
import { retryableLazy } from '@/components/retryable-lazy.ts'
import { retryFailedLoad } from '@/components/retry-failed-load.ts'
import {
  getCardSummary,
  getDeckSummary,
  loadAllFronts,
  loadDeckDetails,
  loadDeckTags,
  useCardDetails,
  useCardFront,
  useDeckLoadError,
  useTagCounts,
} from '@/stores/deck-store.ts'
import { loadSearchSyntax, useCardSearch } from '@/stores/card-search.ts'
import type { CardDetail as CardDetailType } from './card-detail.tsx'
import { CardList, focusFirstResult } from './card-list.tsx'
import { SearchBox } from './search-box.tsx'
import { preloadSearchHelp } from './search-help.tsx'
import { TagFilter } from './tag-filter.tsx'
import { useBrowseQuery } from './use-browse-query.ts'
import type { ProgressStatus as ProgressStatusType } from './progress-status.tsx'
import { useLoadSearchProgress, useSearchProgress } from './use-search-progress.ts'

// Off the first list: the card (when one is open) and the progress search status load with
// their first use, so the list of every card shows within the page-weight budget
// (e2e/page-weight.spec.ts).
const CardDetail = retryableLazy<ComponentProps<typeof CardDetailType>>(() =>
  import('./card-detail.tsx').then((m) => ({ default: m.CardDetail })),
)
const ProgressStatus = retryableLazy<ComponentProps<typeof ProgressStatusType>>(() =>
  import('./progress-status.tsx').then((m) => ({ default: m.ProgressStatus })),
)

/**
 * The deck browser: search and tag filters on the left, the open card on the right. On a phone
 * the two take turns: the list, then the card with a way back to the list.
 */
export default function BrowsePage() {
  const { cardId } = useParams<BrowseCardParams>()
  const { query, setText, toggleTag, clear } = useBrowseQuery()
  const progressView = useSearchProgress()
  const progress = progressView.status === 'ready' ? progressView.progress : undefined
  const result = useCardSearch(query, progress)
  const cards = result.status === 'found' ? result.cards : []
  // The questions below the first rows, tags, answers, progress, the search syntax and the card
  // view are not needed for the first list: fetch them once it is on screen (or at once, for a
  // search about progress such as is:due).
  const listed = result.status === 'found'
  useEffect(() => {
    if (!listed) return
    void loadAllFronts()
    void loadDeckDetails()
    void loadDeckTags()
    void loadSearchSyntax()
    void CardDetail.preload()
    void preloadSearchHelp()
  }, [listed])
  useLoadSearchProgress(listed || result.status === 'needs-progress')
  const marks = progress && {
    states: progress.states,
    today: dayNumber(
      progress.clock.now,
      progress.clock.dayStartHour,
      progress.clock.utcOffsetMinutes,
    ),
  }
  const total = getDeckSummary().cards.length
  const open = cardId ? getCardSummary(cardId) : undefined
  const details = useCardDetails(open?.id)
  const loadError = useDeckLoadError()
  const position = open ? cards.findIndex((c) => c.id === open.id) : -1
  const previous = position > 0 ? cards[position - 1] : undefined
  const next = position >= 0 ? cards[position + 1] : undefined
  const openFront = useCardFront(open?.id)
  useDocumentTitle(openFront ? richTextToPlainText(openFront).slice(0, 60) : 'Cards')
  const tagCounts = useTagCounts()
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
        <SearchBox
          value={query.text}
          error={result.status === 'invalid' ? result.message : undefined}
          onChange={setText}
          onArrowDown={focusFirstResult}
        />
        <TagFilter tags={tagCounts} selected={query.tags} onToggle={toggleTag} />
        <p role="status" className={`text-sm ${MUTED_TEXT}`}>
          {result.status === 'loading'
            ? 'Loading the cards…'
            : result.status !== 'found'
              ? ''
              : filtered
                ? `${cards.length} of ${total} cards`
                : `${total} cards`}
          {filtered && (
            <Button variant="text" onClick={clear} className="ml-2">
              Clear filters
            </Button>
          )}
        </p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {filtered && cards.length > 0 && (
            <p>
              <TextLink href={classroomPaths.present.cards(query)} className="font-medium">
                Present these cards
              </TextLink>{' '}
              <span className={MUTED_TEXT}>full screen, one at a time, for a room</span>
            </p>
          )}
          <TextLink href={classroomPaths.handout(query)}>Handout</TextLink>
          <ShareLink path={paths.browse.list(query)} what="this list of cards" />
        </div>
        {result.status === 'needs-progress' ? (
          <Suspense fallback={<p role="status">Loading your study progress…</p>}>
            <ProgressStatus view={progressView} />
          </Suspense>
        ) : result.status === 'unavailable' ? (
          <Alert tone="error">
            <p>
              The search could not be loaded ({result.message}). You may be offline.{' '}
              <Button
                variant="text"
                onClick={() => void retryFailedLoad(result.message, loadSearchSyntax)}
              >
                Retry
              </Button>
            </p>
          </Alert>
        ) : result.status === 'invalid' ? (
          <EmptyState className="text-center">Fix the search to see the cards it finds.</EmptyState>
        ) : result.status === 'loading' ? null : cards.length > 0 ? (
          <CardList cards={cards} selectedId={open?.id} query={query} progress={marks} />
        ) : (
          <EmptyState className="text-center">No card matches this search.</EmptyState>
        )}
      </section>

      {/* min-w-0: a wide table in the card scrolls inside its own box, not the page. */}
      <div className={`min-w-0 ${cardId ? '' : 'hidden lg:block'}`}>
        {cardId && (
          <nav
            aria-label="Card navigation"
            className="mb-3 flex items-center justify-between gap-2 text-sm"
          >
            <TextLink href={paths.browse.list(query)} className="font-medium lg:invisible">
              ← All cards
            </TextLink>
            <span className="flex gap-3">
              {previous && (
                <TextLink href={paths.browse.card(previous.id, query)} className="font-medium">
                  Previous
                </TextLink>
              )}
              {next && (
                <TextLink href={paths.browse.card(next.id, query)} className="font-medium">
                  Next
                </TextLink>
              )}
            </span>
          </nav>
        )}
        {open ? (
          <>
            {loadError && (
              <Alert tone="error" className="mb-3">
                <p>The answers could not be loaded ({loadError}). Reload the page to try again.</p>
              </Alert>
            )}
            <Suspense fallback={<p role="status">Loading the card…</p>}>
              <CardDetail card={open} details={details} />
            </Suspense>
          </>
        ) : cardId ? (
          <EmptyState>
            There is no card <code>{cardId}</code> in this deck. It may have been removed.
          </EmptyState>
        ) : (
          <EmptyState>
            Choose a card to see its answer, what changed at AWS, and its sources.
          </EmptyState>
        )}
      </div>
    </div>
  )
}
