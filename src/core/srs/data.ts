/**
 * The srs entry for work on the whole data set: backups (export and validated import), the
 * stored schema and its migrations, settings validation, the review log as CSV, and rebuilding
 * or replaying card states from the log. It brings zod (validation) and ts-fsrs (replays), so
 * only the settings screen imports it. On the study path a static value import of this entry is
 * a lint error.
 */
export * from './backup.ts'
export * from './display-settings.ts'
export * from './rebuild.ts'
export * from './review-log-csv.ts'
export * from './schema.ts'
export * from './settings-labels.ts'
export * from './settings-schema.ts'
export * from './settings-text.ts'
export * from './merge-backup.ts'
