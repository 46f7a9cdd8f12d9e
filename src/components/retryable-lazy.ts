/**
 * `React.lazy` that can try again. A lazy component whose chunk failed to load (offline, or a
 * new version deployed and the old chunk gone) keeps that failure for good, so a Retry button
 * would only show the same error. Each `retryableLazy` component starts a fresh load after
 * `retryFailedLoads()`, and its failure is a `ChunkLoadError`, so the screen can say what
 * happened rather than show a crash.
 * @see https://react.dev/reference/react/lazy
 */
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react'

/** A screen's code could not be fetched: the network, not a bug. */
export class ChunkLoadError extends Error {
  override readonly name = 'ChunkLoadError'
}

const failed = new Set<() => void>()

export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  let current: LazyExoticComponent<ComponentType<P>>
  const fresh = () => {
    current = lazy(() =>
      load().catch((error: unknown) => {
        failed.add(fresh)
        throw new ChunkLoadError(
          `This part of KeyDeck could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
          { cause: error },
        )
      }),
    )
  }
  fresh()
  // A new lazy component after a retry is a new element type: React mounts it afresh.
  const Retryable = (props: P) => createElement(current as ComponentType<P>, props)
  return Retryable
}

/** Lets every component whose load failed load again on its next render. */
export function retryFailedLoads(): void {
  for (const reset of failed) reset()
  failed.clear()
}
