/**
 * One optimizer run over fsrs-browser's WebAssembly (already initialised by the caller): the fit
 * of the current parameters, training from the default start as Anki does, and the fit of the
 * result. Shared by the Web Worker, its unit test and the benchmark.
 * @see https://github.com/ankitects/anki/blob/main/rslib/src/scheduler/fsrs/params.rs (compute_params)
 */
import type { Fsrs } from 'fsrs-browser'
import { evaluateFit, fitsBetter, packFsrsItems } from '../../core/srs/optimizer.ts'
import type { OptimizeOutcome, OptimizeRequest, OptimizerStep } from './optimizer-protocol.ts'

/** fsrs-browser's `Fsrs` class: passed in, so this module never loads the WebAssembly itself. */
export type FsrsClass = new (parameters?: Float32Array | null) => Fsrs

/**
 * Parameters as Anki shows and compares them, to 4 decimals; the fit shown is the fit of what
 * is applied.
 */
const round4 = (value: number) => Math.round(value * 1e4) / 1e4

/** Trains FSRS-6 parameters on the items (FSRS-6 models same-day reviews: short-term on). */
export function trainParameters(FsrsImpl: FsrsClass, request: OptimizeRequest): number[] {
  const { ratings, deltaTs, lengths } = packFsrsItems(request.items)
  // computeParameters takes the Rust object by value: it frees it itself (no free() after).
  const trained = new FsrsImpl().computeParameters(ratings, deltaTs, lengths, undefined, true)
  return Array.from(trained, round4)
}

export function runOptimizer(
  FsrsImpl: FsrsClass,
  request: OptimizeRequest,
  onStep: (step: OptimizerStep) => void = () => {},
): OptimizeOutcome {
  onStep('checking-current')
  const currentFit = evaluateFit(request.items, request.current)
  onStep('training')
  const optimized = trainParameters(FsrsImpl, request)
  onStep('checking-new')
  const optimizedFit = evaluateFit(request.items, optimized)
  return {
    current: request.current,
    currentFit,
    optimized,
    optimizedFit,
    better: fitsBetter(optimizedFit, currentFit),
  }
}
