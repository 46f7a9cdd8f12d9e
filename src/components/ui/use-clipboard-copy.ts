import { useState } from 'react'

export type CopyState = 'idle' | 'copied' | 'unavailable' | 'refused'

/**
 * Copies text to the clipboard and says how it went: copied, no clipboard here (an insecure
 * page), or refused (no permission), so the learner knows to copy by hand.
 * @see https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/writeText
 */
export function useClipboardCopy(): [CopyState, (text: string) => Promise<void>] {
  const [state, setState] = useState<CopyState>('idle')
  const copy = async (text: string) => {
    // `navigator.clipboard` is absent outside secure contexts, whatever the DOM types say.
    const clipboard = navigator.clipboard as Clipboard | undefined
    if (!clipboard?.writeText) return setState('unavailable')
    try {
      await clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('refused')
    }
  }
  return [state, copy]
}
