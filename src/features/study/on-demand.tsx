import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from '@/components/error-boundary.tsx'
import { retryFailedLoads } from '@/components/retryable-lazy.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'

/**
 * A part of the study screen that loads when it is first needed (the answer side, the end of the
 * day, the shortcuts), so the first card comes sooner. Offline, it says what could not be loaded,
 * with Retry, instead of failing the whole screen.
 */
export function OnDemand({ what, children }: { what: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      onRetry={retryFailedLoads}
      fallback={(_error, retry) => (
        <Alert tone="error">
          <p>
            {what} could not be loaded.{' '}
            <Button variant="text" onClick={retry}>
              Retry
            </Button>
          </p>
        </Alert>
      )}
    >
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  )
}
