import type { KeyboardEvent } from 'react'
import { Link } from 'wouter'
import type { CardQuery } from '@/core/deck/search-cards.ts'
import { paths } from '@/routes/paths.ts'
import type { CardSummary } from '@/core/deck/split-deck.ts'
import { richTextToPlainText } from '@/core/deck/index.ts'
import { Badge } from '@/components/ui/badge.tsx'
import type { CardSrsState, DayNumber } from '@/core/srs/first-screen.ts'
import { LIST_DIVIDER, MUTED_TEXT, PANEL_SURFACE } from '@/components/ui/colours.ts'
import { useFirstCardMark } from '@/components/use-first-card-mark.ts'
import { getTopic, useLoadedFronts } from '@/stores/deck-store.ts'
import { CardMarks } from './card-marks.tsx'

/** Arrow keys move between results, as in a list box; Tab still leaves the list. */
function moveFocus(event: KeyboardEvent<HTMLAnchorElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const list = event.currentTarget.closest('ul')
  const links = list ? [...list.querySelectorAll<HTMLAnchorElement>('a')] : []
  const index = links.indexOf(event.currentTarget)
  const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)]
  if (index >= 0 && next) {
    event.preventDefault()
    next.focus()
  }
}

/** Focuses the first result: the search box's ArrowDown. */
export function focusFirstResult() {
  document.querySelector<HTMLAnchorElement>('#card-results a')?.focus()
}

/**
 * The search results: each card's question, its topic, a mark when AWS has changed the fact, and
 * the learner's marks (suspended, buried, flag, leech) once their progress has loaded.
 */
export function CardList({
  cards,
  selectedId,
  query,
  progress,
}: {
  cards: readonly CardSummary[]
  selectedId?: string
  /** The search that found these cards: a card link keeps it for Previous and Next. */
  query: CardQuery
  progress:
    { readonly states: ReadonlyMap<string, CardSrsState>; readonly today: DayNumber } | undefined
}) {
  // A search waits for every question; the list of every card only for its first rows' (the
  // rest arrive just after it shows: a row shows its card's id until then).
  const fronts = useLoadedFronts()
  useFirstCardMark(cards.length > 0)
  return (
    <ul
      id="card-results"
      aria-label="Cards"
      className={`divide-y overflow-hidden ${LIST_DIVIDER} ${PANEL_SURFACE}`}
    >
      {cards.map((card) => {
        const selected = card.id === selectedId
        const state = progress?.states.get(card.id)
        return (
          <li key={card.id}>
            {/* kit-exception: a result row is a whole link, its card shown open marked in amber */}
            <Link
              href={paths.browse.card(card.id, query)}
              aria-current={selected ? 'page' : undefined}
              onKeyDown={moveFocus}
              className="block px-3 py-2.5 transition-colors hover:bg-slate-50 aria-[current=page]:bg-amber-50 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-amber-500/10"
            >
              <span className="line-clamp-2 text-sm font-medium">
                {card.id in fronts ? (
                  richTextToPlainText(fronts[card.id] ?? [])
                ) : (
                  <span className="font-mono font-normal">{card.id}</span>
                )}
              </span>
              <span className={`mt-0.5 flex flex-wrap items-center gap-2 text-xs ${MUTED_TEXT}`}>
                {getTopic(card.topic)?.title}
                {card.changed && <Badge tone="info">updated</Badge>}
                {state && progress && <CardMarks state={state} today={progress.today} />}
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
