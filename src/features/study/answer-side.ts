/**
 * The answer side of a card under review: the answer with what changed at AWS, the four grade
 * buttons, and the notice an answer or an edit may bring. One chunk, loaded once the question is on screen (see answer-side-lazy.ts): the first
 * card does not need it.
 */
export { AnswerButtons } from './answer-buttons.tsx'
export { AnswerSection } from './answer-section.tsx'
export { StudyNoticeView } from './study-notice-view.tsx'
export { loadCardNotes } from '@/stores/card-notes.ts'
