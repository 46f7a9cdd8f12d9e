/**
 * Anki's "Optimize" for the settings screen: reads the review log, checks there is enough of it
 * (Anki's minimum of 400 reviews), turns it into the optimizer's items in the learner's days,
 * and runs fsrs-browser in a Web Worker, reporting each step. Loaded with `import()` when the
 * learner asks for it, so neither this, ts-fsrs's evaluation nor the worker are in any screen's
 * first load; the worker loads the WebAssembly itself.
 */
import {
  countOptimizerReviews,
  DEFAULT_FSRS_PARAMETERS,
  fsrsItemsFromLog,
  MIN_OPTIMIZER_REVIEWS,
} from '@/core/srs/optimizer.ts'
import { dayClock } from '@/core/srs/first-screen.ts'
import { localUtcOffset } from './local-time.ts'
import type {
  OptimizeOutcome,
  OptimizeRequest,
  OptimizerStep,
  WorkerMessage,
} from './optimizer/optimizer-protocol.ts'
import { studyRepository as repository, studyStore } from './study.ts'

export type OptimizeResult =
  | { readonly kind: 'not-enough'; readonly reviews: number; readonly needed: number }
  /** Enough reviews, but none on a later day than the card's previous one: nothing to learn. */
  | { readonly kind: 'no-items'; readonly reviews: number }
  | { readonly kind: 'done'; readonly reviews: number; readonly outcome: OptimizeOutcome }
  | { readonly kind: 'failed'; readonly message: string }

function runInWorker(
  request: OptimizeRequest,
  onStep: (step: OptimizerStep) => void,
  signal: AbortSignal | undefined,
): Promise<OptimizeOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./optimizer/optimizer-worker.ts', import.meta.url), {
      type: 'module',
      name: 'keydeck-optimizer',
    })
    const stop = () => {
      worker.terminate()
      reject(new DOMException('The optimizer was stopped', 'AbortError'))
    }
    signal?.addEventListener('abort', stop, { once: true })
    const finish = () => {
      signal?.removeEventListener('abort', stop)
      worker.terminate()
    }
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data
      if (message.type === 'step') onStep(message.step)
      else if (message.type === 'done') {
        finish()
        resolve(message.outcome)
      } else {
        finish()
        reject(new Error(message.message))
      }
    })
    worker.addEventListener('error', (event) => {
      finish()
      reject(new Error(event.message || 'the optimizer could not start'))
    })
    worker.postMessage(request)
  })
}

/** Optimizes FSRS parameters on this browser's review history; saves nothing. */
export async function optimizeFromHistory(
  onStep: (step: OptimizerStep) => void,
  signal?: AbortSignal,
): Promise<OptimizeResult> {
  try {
    const { logs } = await repository.loadAll()
    const reviews = countOptimizerReviews(logs)
    if (reviews < MIN_OPTIMIZER_REVIEWS) {
      return { kind: 'not-enough', reviews, needed: MIN_OPTIMIZER_REVIEWS }
    }
    const { settings } = studyStore.getState()
    const clock = dayClock(Date.now(), settings.dayStartHour, localUtcOffset)
    const { items } = fsrsItemsFromLog(logs, clock.dayOf)
    if (items.length === 0) return { kind: 'no-items', reviews }
    const current = settings.parameters ?? DEFAULT_FSRS_PARAMETERS
    const outcome = await runInWorker({ items, current: [...current] }, onStep, signal)
    return { kind: 'done', reviews, outcome }
  } catch (error) {
    if (signal?.aborted) throw error
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
}
