/**
 * How well a set of FSRS parameters fits the learner's history, measured as Anki's "Evaluate"
 * does: log loss, and RMSE (bins), the root mean square gap between the predicted and the actual
 * recall rate over bins of similar reviews (interval, number of reviews, lapses). Smaller is
 * better for both. fsrs-browser has no evaluation, so this follows fsrs-rs's `evaluate` over
 * ts-fsrs's model: each item's memory state comes from its earlier answers, and the recall it
 * predicts for the last one is compared with what happened (Again is a failure).
 * @see https://github.com/open-spaced-repetition/fsrs-rs/blob/main/src/inference.rs (evaluate)
 * @see https://github.com/open-spaced-repetition/fsrs-rs/blob/main/src/dataset.rs (r_matrix_index)
 * @see https://docs.ankiweb.net/deck-options.html#fsrs (Evaluate: log loss and RMSE (bins))
 */
import { FSRSAlgorithm, forgetting_curve, generatorParameters, type FSRSState } from 'ts-fsrs'
import type { FsrsItem } from './optimizer-items.ts'

export interface ModelFit {
  readonly logLoss: number
  /** 0.05 means the predicted recall is 5 percentage points off, on average. */
  readonly rmseBins: number
}

/** Keeps log(p) finite for a prediction of exactly 0 or 1. */
const EPSILON = 1e-7

/** fsrs-rs's bin of an item: its interval, how many long-term reviews, how many lapses. */
function binOf(item: FsrsItem): string {
  const { reviews } = item
  const deltaT = reviews[reviews.length - 1]!.deltaT
  const deltaBin = Math.round(2.48 * 3.62 ** Math.floor(Math.log(deltaT) / Math.log(3.62)) * 100)
  const length = reviews.filter((r) => r.deltaT > 0).length + 1
  const lengthBin = Math.round(1.99 * 1.89 ** Math.floor(Math.log(length) / Math.log(1.89)))
  let lapses = 0
  for (let i = 0; i < reviews.length - 1; i++) {
    if (reviews[i]!.rating === 1 && reviews[i]!.deltaT > 0) lapses++
  }
  const lapseBin =
    lapses === 0 ? 0 : Math.round(1.65 * 1.73 ** Math.floor(Math.log(lapses) / Math.log(1.73)))
  return `${deltaBin},${lengthBin},${lapseBin}`
}

/** The recall each item predicts for its last answer, under parameters `w`. */
export function predictRecall(items: readonly FsrsItem[], w: readonly number[]): Float64Array {
  const params = generatorParameters({ w: [...w], enable_short_term: true })
  const algorithm = new FSRSAlgorithm(params)
  const predictions = new Float64Array(items.length)
  for (const [i, item] of items.entries()) {
    const { reviews } = item
    let state: FSRSState | null = null
    for (let r = 0; r < reviews.length - 1; r++) {
      state = algorithm.next_state(state, reviews[r]!.deltaT, reviews[r]!.rating)
    }
    const last = reviews[reviews.length - 1]!
    predictions[i] = state ? forgetting_curve(params.w, last.deltaT, state.stability) : 0.5
  }
  return predictions
}

/** Log loss and RMSE (bins) of parameters `w` over the items (empty: both 0). */
export function evaluateFit(items: readonly FsrsItem[], w: readonly number[]): ModelFit {
  if (items.length === 0) return { logLoss: 0, rmseBins: 0 }
  const predictions = predictRecall(items, w)
  let loss = 0
  const bins = new Map<string, { predicted: number; actual: number; count: number }>()
  for (const [i, item] of items.entries()) {
    const p = Math.min(1 - EPSILON, Math.max(EPSILON, predictions[i]!))
    const recalled = item.reviews[item.reviews.length - 1]!.rating > 1 ? 1 : 0
    loss -= recalled ? Math.log(p) : Math.log(1 - p)
    const key = binOf(item)
    const bin = bins.get(key) ?? { predicted: 0, actual: 0, count: 0 }
    bin.predicted += predictions[i]!
    bin.actual += recalled
    bin.count++
    bins.set(key, bin)
  }
  let squares = 0
  for (const { predicted, actual, count } of bins.values()) {
    squares += ((predicted - actual) / count) ** 2 * count
  }
  return { logLoss: loss / items.length, rmseBins: Math.sqrt(squares / items.length) }
}

/** Anki keeps the current parameters unless the new ones fit strictly better (lower RMSE). */
export function fitsBetter(after: ModelFit, before: ModelFit): boolean {
  return after.rmseBins < before.rmseBins
}
