import { useEffect, useRef } from 'react'
import { ChunkLoadError } from '@/components/retryable-lazy.ts'

/**
 * What a screen shows when it could not be opened: inside the shell, so navigation still works,
 * with a Retry button. A chunk that failed to load is explained as the network problem it is.
 */
export function ScreenError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null)
  // Keyboard and screen-reader users land on the message, not on a page that vanished.
  useEffect(() => heading.current?.focus(), [])
  const offline = error instanceof ChunkLoadError
  return (
    <section
      role="alert"
      aria-labelledby="screen-error-heading"
      className="mx-auto max-w-prose space-y-3 rounded-lg border border-red-300 bg-red-50 p-5 text-red-950 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-100"
    >
      <h1 id="screen-error-heading" ref={heading} tabIndex={-1} className="text-xl font-bold">
        {offline ? 'This screen could not be loaded' : 'This screen stopped working'}
      </h1>
      <p>
        {offline
          ? 'You may be offline, or KeyDeck has just been updated. Your study progress is safe.'
          : `Something went wrong while showing it (${error.message}). Your study progress is safe.`}
      </p>
      <button
        type="button"
        onClick={onRetry}
        className="rounded-md bg-amber-500 px-3 py-2 text-sm font-semibold text-slate-950 hover:bg-amber-400"
      >
        Retry
      </button>
    </section>
  )
}
