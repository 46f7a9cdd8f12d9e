/**
 * The answer side of a card under review: the answer with what changed at AWS, and the four grade
 * buttons. One chunk, loaded once the question is on screen (see answer-side-lazy.ts): the first
 * card does not need it.
 */
export { AnswerButtons } from './answer-buttons.tsx'
export { AnswerSection } from './answer-section.tsx'
