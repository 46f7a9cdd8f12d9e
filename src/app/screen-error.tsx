import { useEffect, useRef } from 'react'
import { ChunkLoadError } from '@/components/retryable-lazy.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'

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
    <Alert tone="error" className="mx-auto max-w-prose">
      <h1 ref={heading} tabIndex={-1} className="text-xl font-bold">
        {offline ? 'This screen could not be loaded' : 'This screen stopped working'}
      </h1>
      <p>
        {offline
          ? 'You may be offline, or KeyDeck has just been updated. Your study progress is safe.'
          : `Something went wrong while showing it (${error.message}). Your study progress is safe.`}
      </p>
      <Button variant="primary" onClick={onRetry} className="mt-2">
        Retry
      </Button>
    </Alert>
  )
}
