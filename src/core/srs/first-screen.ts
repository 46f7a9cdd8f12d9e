/**
 * The srs entry for the first screen: everything the study screen needs before its first card
 * shows (card states, the learner's day, today's queue and counts, the next due card, interval
 * labels, custom study, card actions, settings and their defaults, deck reconciliation). What an
 * answer, an edit or an undo writes is not: no action can happen before the first card shows.
 *
 * Nothing here reaches ts-fsrs or zod at runtime, so this entry is cheap to load eagerly. Lint
 * holds it so: the modules re-exported below (the "first-screen modules", read from this file by
 * `eslint.config.js`) may value-import only each other, and never `ts-fsrs` or `zod`; type
 * imports are free. Answering a card is in `./answering.ts`, whole-data work in `./data.ts`.
 */
export * from './card-actions.ts'
export * from './card-note.ts'
export * from './card-state.ts'
// What a grade, an edit or an undo writes comes with answering (./answering.ts); its types are free.
export type { CardWrite, UndoStep } from './card-write.ts'
export * from './cram-session.ts'
export * from './custom-study.ts'
export * from './day.ts'
export * from './interval-label.ts'
export * from './leech.ts'
export * from './log-index.ts'
export * from './next-due.ts'
export * from './queue.ts'
export * from './reconcile.ts'
export * from './reset.ts'
export * from './review-log.ts'
export * from './settings.ts'
export * from './srs-error.ts'
export * from './study-notice.ts'
export * from './study-session.ts'
export * from './today-counts.ts'
export * from './today-summary.ts'
