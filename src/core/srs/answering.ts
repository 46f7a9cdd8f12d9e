/**
 * The srs entry for answering a card: the grade previews, grading (normal and cram) and undo,
 * over ts-fsrs. The study screen loads it with a dynamic `import()` once the first card is on
 * screen; on the study path a static value import of this entry is a lint error (type imports are
 * fine).
 */
export * from './grade.ts'
export * from './undo.ts'
