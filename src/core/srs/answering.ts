/**
 * The srs entry for answering a card: the grade previews and grading (normal and cram), over
 * ts-fsrs. (Undo needs no ts-fsrs: it is in the first-screen entry.) The study screen loads it with a dynamic `import()` once the first card is on
 * screen; on the study path a static value import of this entry is a lint error (type imports are
 * fine).
 */
export * from './grade.ts'
