import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import type { CardQuery } from '@/core/deck/search-cards.ts'

/**
 * The browser's search lives in the URL (`/browse?q=rotation&tag=aliases`), so a search can be
 * shared, bookmarked or projected in class, and the back button restores it.
 */
export function useBrowseQuery(): {
  query: CardQuery
  search: string
  setText: (text: string) => void
  toggleTag: (tag: string) => void
  clear: () => void
} {
  const search = useSearch()
  const [location, navigate] = useLocation()
  const query = useMemo<CardQuery>(() => {
    const params = new URLSearchParams(search)
    return { text: params.get('q') ?? '', tags: params.getAll('tag') }
  }, [search])

  const write = useCallback(
    (next: CardQuery) => {
      const params = new URLSearchParams()
      if (next.text) params.set('q', next.text)
      for (const tag of next.tags) params.append('tag', tag)
      const qs = params.toString()
      navigate(qs ? `${location}?${qs}` : location, { replace: true })
    },
    [location, navigate],
  )

  return {
    query,
    search: search ? `?${search}` : '',
    setText: (text) => write({ ...query, text }),
    toggleTag: (tag) =>
      write({
        ...query,
        tags: query.tags.includes(tag) ? query.tags.filter((t) => t !== tag) : [...query.tags, tag],
      }),
    clear: () => write({ text: '', tags: [] }),
  }
}
