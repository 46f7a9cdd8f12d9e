/**
 * The srs entry for the statistics screen and a card's history: the review heatmap, the due
 * forecast, true retention, counts by state (all plain arithmetic over the log index), and a
 * card's review history with FSRS retrievability (ts-fsrs's forgetting curve, which the bundler
 * takes only where `cardHistory` is used). No zod. On the study path a static value import of
 * this entry is a lint error.
 */
export * from './stats/card-history.ts'
export * from './stats/forecast.ts'
export * from './stats/heatmap.ts'
export * from './stats/state-counts.ts'
export * from './stats/statistics.ts'
export * from './stats/true-retention.ts'
