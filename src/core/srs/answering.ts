/**
 * The srs entry for acting on a card: the grade previews and grading (normal and cram), over
 * ts-fsrs, and what a grade, an edit (bury, suspend, flag) or an undo writes. None of it is
 * needed before the first card shows, so the study screen loads it with a dynamic `import()`
 * once the first card is on screen; on the study path a static value import of this entry is a
 * lint error (type imports are fine).
 */
export * from './card-write.ts'
export * from './grade.ts'
export * from './undo.ts'
