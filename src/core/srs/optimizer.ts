/**
 * The srs entry for the FSRS optimizer (Anki's "Optimize"): the review log as the optimizer's
 * items, the minimum history Anki asks for, and how well parameters fit (log loss, RMSE (bins)).
 * Only the optimizer's Web Worker and the settings screen's optimizer section load it; it brings
 * ts-fsrs. The training itself is fsrs-browser's, in `src/stores/optimizer/`.
 */
import { default_w } from 'ts-fsrs'

export * from './optimizer-fit.ts'
export * from './optimizer-items.ts'

/** ts-fsrs's FSRS-6 defaults: the parameters a learner has before any optimization. */
export const DEFAULT_FSRS_PARAMETERS: readonly number[] = default_w
