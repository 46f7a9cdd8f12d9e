/**
 * `React.lazy` that can try again, and be loaded ahead. A lazy component whose chunk failed to
 * load (offline, or a new version deployed and the old chunk gone) keeps that failure for good,
 * so a Retry button would only show the same error. Each `retryableLazy` component starts a fresh
 * load after `retryFailedLoads()`, and its failure is a `ChunkLoadError`, so the screen can say
 * what happened rather than show a crash.
 *
 * `preload()` starts the load before the component renders. Once loaded, the component renders at
 * once: React's `lazy` takes a thenable that resolves synchronously as already resolved, so it
 * neither suspends nor shows the Suspense fallback, whose content React then holds back for up to
 * 300 ms (its fallback throttle). That is what put the first card late (bench/first-card-bench.ts).
 * @see https://react.dev/reference/react/lazy
 * @see https://github.com/facebook/react/blob/v19.2.0/packages/react/src/ReactLazy.js
 */
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { retryFailedLoad } from './retry-failed-load.ts'

/** A screen's code could not be fetched: the network, not a bug. */
export class ChunkLoadError extends Error {
  override readonly name = 'ChunkLoadError'
}

/** A lazy component that can be asked to load before it is first rendered. */
export type PreloadableComponent<P> = ComponentType<P> & {
  /** Starts loading (once); settles when loaded. A failure shows when the component renders. */
  preload(): Promise<void>
}

/** Each failed component's reset, with what the browser said when its load failed. */
const failed = new Map<() => void, string>()

export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): PreloadableComponent<P> {
  let loaded: { default: ComponentType<P> } | undefined
  let loading: Promise<{ default: ComponentType<P> }> | undefined
  let current: LazyExoticComponent<ComponentType<P>>
  const start = () =>
    (loading ??= load().then(
      (module) => {
        failed.delete(fresh)
        return (loaded = module)
      },
      (error: unknown) => {
        loading = undefined // the next render or preload tries again
        const message = error instanceof Error ? error.message : String(error)
        failed.set(fresh, message)
        throw new ChunkLoadError(`This part of KeyDeck could not be loaded (${message}).`, {
          cause: error,
        })
      },
    ))
  const fresh = () => {
    current = lazy(() => (loaded ? resolved(loaded) : start()))
  }
  fresh()
  // A new lazy component after a retry is a new element type: React mounts it afresh.
  const Retryable = (props: P) => createElement(current as ComponentType<P>, props)
  return Object.assign(Retryable, { preload: () => start().then(() => undefined) })
}

/** A thenable that calls back synchronously: `lazy` reads it as loaded on the first render. */
function resolved<T>(value: T): Promise<T> {
  return { then: (onFulfilled: (value: T) => unknown) => onFulfilled(value) } as Promise<T>
}

/**
 * Lets every component whose load failed load again on its next render, or reloads the page
 * where only that can load it (src/components/retry-failed-load.ts).
 */
export function retryFailedLoads(): void {
  const failures = [...failed.values()].join('\n')
  // Each stays listed until it loads: a Retry that fails again offline must still know, at the
  // next Retry, which module to fetch.
  void retryFailedLoad(failures, () => {
    for (const reset of failed.keys()) reset()
  })
}
