import { describe, expect, it } from 'vitest'
import { DEFAULT_FSRS_PARAMETERS } from './optimizer.ts'
import { evaluateFit, fitsBetter, predictRecall } from './optimizer-fit.ts'
import type { FsrsItem } from './optimizer-items.ts'

const w = DEFAULT_FSRS_PARAMETERS
/** Good on day 0, then recalled two days later. */
const goodThenRecalled: FsrsItem = {
  reviews: [
    { rating: 3, deltaT: 0 },
    { rating: 3, deltaT: 2 },
  ],
}
/** Again on day 0, then forgotten three days later. */
const againThenForgotten: FsrsItem = {
  reviews: [
    { rating: 1, deltaT: 0 },
    { rating: 1, deltaT: 3 },
  ],
}
// FSRS-6 defaults: stability after a first Good is w2 = 2.3065 days, after Again w0 = 0.212;
// R(t) = (1 + factor·t/S)^-w20, factor = 0.9^(-1/w20) - 1 (values from ts-fsrs 5.4.2).
const R_GOOD_2_DAYS = 0.90949326
const R_AGAIN_3_DAYS = 0.6595032

describe('predictRecall', () => {
  it('predicts the last answer from the memory state the earlier ones leave', () => {
    const [good, again] = predictRecall([goodThenRecalled, againThenForgotten], w)
    expect(good).toBeCloseTo(R_GOOD_2_DAYS, 7)
    expect(again).toBeCloseTo(R_AGAIN_3_DAYS, 6)
  })

  it('uses same-day answers (short-term stability), so they change the prediction', () => {
    const sameDayAgain: FsrsItem = {
      reviews: [
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
    }
    const [withLapse] = predictRecall([sameDayAgain], w)
    expect(withLapse).toBeLessThan(R_GOOD_2_DAYS)
  })
})

describe('evaluateFit', () => {
  it('log loss is the mean of -log(p) for a recall and -log(1-p) for Again', () => {
    const fit = evaluateFit([goodThenRecalled, againThenForgotten], w)
    const expected = (-Math.log(R_GOOD_2_DAYS) - Math.log(1 - R_AGAIN_3_DAYS)) / 2
    expect(fit.logLoss).toBeCloseTo(expected, 6)
  })

  it('RMSE (bins) compares mean prediction and recall rate within a bin, as fsrs-rs does', () => {
    // Both items fall in one bin (interval under 3.62 days, one long-term review, no lapse):
    // predicted (0.909 + 0.660) / 2 against a recall rate of 1/2.
    const pooled = evaluateFit([goodThenRecalled, againThenForgotten], w)
    expect(pooled.rmseBins).toBeCloseTo((R_GOOD_2_DAYS + R_AGAIN_3_DAYS) / 2 - 0.5, 6)
    // Alone, an item is off by its own error.
    expect(evaluateFit([goodThenRecalled], w).rmseBins).toBeCloseTo(1 - R_GOOD_2_DAYS, 7)
  })

  it('puts items with different intervals in different bins', () => {
    const longer: FsrsItem = {
      reviews: [
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 20 },
      ],
    }
    const [p20] = predictRecall([longer], w)
    const fit = evaluateFit([goodThenRecalled, longer], w)
    const expected = Math.sqrt(((1 - R_GOOD_2_DAYS) ** 2 + p20! ** 2) / 2)
    expect(fit.rmseBins).toBeCloseTo(expected, 6)
  })

  it('is zero for no items', () => {
    expect(evaluateFit([], w)).toEqual({ logLoss: 0, rmseBins: 0 })
  })
})

describe('fitsBetter', () => {
  it('only a strictly lower RMSE (bins) is better, as in Anki', () => {
    expect(fitsBetter({ logLoss: 0.3, rmseBins: 0.04 }, { logLoss: 0.2, rmseBins: 0.05 })).toBe(
      true,
    )
    expect(fitsBetter({ logLoss: 0.1, rmseBins: 0.05 }, { logLoss: 0.2, rmseBins: 0.05 })).toBe(
      false,
    )
  })
})
