import { StorageProblemAlert } from '@/components/storage-problem-alert.tsx'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { retrySearchProgress, type ProgressView } from './use-search-progress.ts'

/** Why a search about progress cannot run yet, or what it is waiting for. */
export function ProgressStatus({ view }: { view: ProgressView }) {
  if (view.status !== 'failed') {
    return <p role="status">Loading your study progress…</p>
  }
  if (view.problem) return <StorageProblemAlert problem={view.problem} />
  return (
    <Alert tone="error">
      <p>
        Your study progress could not be loaded, so this search cannot run.{' '}
        <Button variant="text" onClick={retrySearchProgress}>
          Retry
        </Button>
      </p>
    </Alert>
  )
}
