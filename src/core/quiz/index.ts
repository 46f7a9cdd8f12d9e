/**
 * The quiz's surface for the app: the seeded generator, seeds as they stand in a link, and the
 * option-text rules the quiz screen may quote.
 */
export {
  generateQuiz,
  QUIZ_OPTION_COUNT,
  type Quiz,
  type QuizOption,
  type QuizCard,
  type QuizDeck,
  type QuizOptions,
  type QuizQuestion,
} from './generate-quiz.ts'
export { parseQuizSeed, quizSeedFromNumber, type QuizSeed } from './quiz-seed.ts'
export { OPTION_MAX_CHARS } from './answer-text.ts'
export {
  checkQuizSettings,
  DEFAULT_QUIZ_COUNT,
  MAX_QUIZ_COUNT,
  QUIZ_TIMER_SECONDS,
  type QuizLinkSettings,
  type QuizSettings,
  type QuizSettingsCheck,
  type QuizTimerSeconds,
} from './quiz-settings.ts'
export {
  questionOutcome,
  quizTally,
  type QuestionOutcome,
  type QuizAnswer,
  type QuizTally,
} from './quiz-tally.ts'
