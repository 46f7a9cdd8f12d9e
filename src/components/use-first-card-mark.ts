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
