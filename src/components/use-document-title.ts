import { useEffect } from 'react'

/** Sets the tab title per screen, so history entries and screen readers name the page. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · KeyDeck`
  }, [title])
}
