import { useEffect } from 'react'

const MARK = 'first-card'

/**
 * Marks the moment the first card is on screen (`performance.mark('first-card')`), once per page
 * load. The page-weight budget counts the scripts and styles requested before this mark.
 */
export function useFirstCardMark(visible: boolean) {
  useEffect(() => {
    if (visible && performance.getEntriesByName(MARK, 'mark').length === 0) {
      performance.mark(MARK)
    }
  }, [visible])
}

/**
 * Settles once the first card is on screen, or after `timeoutMs` (a screen with no card to show:
 * the day's study done, settings). Work that must not compete with the first card waits for it.
 */
export function firstCardShown(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, timeoutMs)
    new PerformanceObserver((list) => {
      if (list.getEntriesByName(MARK).length > 0) resolve()
    }).observe({ type: 'mark', buffered: true })
  })
}
