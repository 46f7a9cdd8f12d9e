import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import type { CardQuery } from '@/core/deck/search-cards.ts'
import { browseQueryOf, browseSearch } from '@/routes/paths.ts'

/**
 * The browser's search lives in the URL (`paths.browse.list(query)`), so a search can be shared,
 * bookmarked or projected in class, and the back button restores it.
 */
export function useBrowseQuery(): {
  query: CardQuery
  setText: (text: string) => void
  toggleTag: (tag: string) => void
  clear: () => void
} {
  const search = useSearch()
  const [location, navigate] = useLocation()
  const query = useMemo(() => browseQueryOf(search), [search])

  // The same screen (the list, or an open card) with the new search.
  const write = useCallback(
    (next: CardQuery) => navigate(`${location}${browseSearch(next)}`, { replace: true }),
    [location, navigate],
  )

  return {
    query,
    setText: (text) => write({ ...query, text }),
    toggleTag: (tag) =>
      write({
        ...query,
        tags: query.tags.includes(tag) ? query.tags.filter((t) => t !== tag) : [...query.tags, tag],
      }),
    clear: () => write({ text: '', tags: [] }),
  }
}
