import { useEffect, useSyncExternalStore } from 'react'
import type { StorageProblem } from '@/stores/storage/storage-problem.ts'
import type { SearchProgress } from '@/stores/card-search.ts'

/** The learner's progress as the browser's search and marks see it. */
export type ProgressView =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly progress: SearchProgress }
  /** Storage could not be read (`problem`), or the code to read it could not be loaded. */
  | { readonly status: 'failed'; readonly problem: StorageProblem | undefined }

// One view for the page: the study data is one per tab (`src/stores/study.ts`), so is this.
let view: ProgressView = { status: 'idle' }
const listeners = new Set<() => void>()

function publish(next: ProgressView) {
  view = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Loads the study data for the browser, once: with `import()`, so neither the study screen's
 * first card nor the browser's first list waits for it. A failed load may be tried again.
 */
function start() {
  // Storage that cannot be read stays so (the study store says why); a failed download may be retried.
  const retry = view.status === 'failed' && view.problem === undefined
  if (view.status !== 'idle' && !retry) return
  publish({ status: 'loading' })
  import('./search-progress.ts').then(
    (m) => m.watchProgress(publish),
    () => publish({ status: 'failed', problem: undefined }),
  )
}

/** The learner's progress (card states, for `is:due`, `flag:1` and the marks in the list). */
export function useSearchProgress(): ProgressView {
  return useSyncExternalStore(subscribe, () => view)
}

/** Starts loading the progress once `wanted` is true (after the first list, or for a search). */
export function useLoadSearchProgress(wanted: boolean) {
  useEffect(() => {
    if (wanted) start()
  }, [wanted])
}

/** Tries again after a failed load (the Retry button). */
export const retrySearchProgress = start
