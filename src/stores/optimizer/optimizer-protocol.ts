/**
 * The messages between the settings screen and the optimizer's Web Worker
 * (`optimizer-worker.ts`). Everything is structured-cloneable.
 */
import type { FsrsItem, ModelFit } from '@/core/srs/optimizer.ts'

export interface OptimizeRequest {
  readonly items: readonly FsrsItem[]
  /** The parameters in use now (the FSRS-6 defaults when the learner has none of their own). */
  readonly current: readonly number[]
}

/** The steps of a run, in order; the worker reports each as it starts. */
export const OPTIMIZER_STEPS = ['loading', 'checking-current', 'training', 'checking-new'] as const
export type OptimizerStep = (typeof OPTIMIZER_STEPS)[number]

export interface OptimizeOutcome {
  readonly current: readonly number[]
  readonly currentFit: ModelFit
  readonly optimized: readonly number[]
  readonly optimizedFit: ModelFit
  /** The optimized parameters fit better (lower RMSE (bins)): only then may they be applied. */
  readonly better: boolean
}

export type WorkerMessage =
  | { readonly type: 'step'; readonly step: OptimizerStep }
  | { readonly type: 'done'; readonly outcome: OptimizeOutcome }
  | { readonly type: 'failed'; readonly message: string }
