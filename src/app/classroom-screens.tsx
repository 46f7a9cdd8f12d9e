import { retryableLazy, type PreloadableComponent } from '@/components/retryable-lazy.ts'
import { CLASSROOM_ROUTES, ROUTES, type ClassroomRoute } from '@/routes/paths.ts'
import { screenGroup } from './screen-group.tsx'

// The classroom's screens (issue 14), each its own chunk, behind this one lazy module: their
// lazy imports and preload lists stay out of the app's entry, so the first card does not pay for
// them (e2e/page-weight.spec.ts).
const PresentCardsPage = retryableLazy(() => import('@/features/present/present-cards-page.tsx'))
const PresentSandboxPage = retryableLazy(
  () => import('@/features/sandbox/present/present-sandbox-page.tsx'),
)
const QuizPage = retryableLazy(() => import('@/features/quiz/quiz-page.tsx'))
const PresentQuizPage = retryableLazy(() => import('@/features/quiz/present-quiz-page.tsx'))
const HandoutPage = retryableLazy(() => import('@/features/handout/handout-page.tsx'))

/** The screen of each classroom route (a route without one fails `tsc -b`). */
const PAGES: Readonly<Record<ClassroomRoute, PreloadableComponent<object>>> = {
  [ROUTES.presentCards]: PresentCardsPage,
  [ROUTES.presentCard]: PresentCardsPage,
  [ROUTES.presentQuiz]: PresentQuizPage,
  [ROUTES.presentSandbox]: PresentSandboxPage,
  [ROUTES.quiz]: QuizPage,
  [ROUTES.handout]: HandoutPage,
}

const group = screenGroup(CLASSROOM_ROUTES, PAGES)

/** Starts loading the code of the screen at `path`. */
export const preloadClassroomScreen = group.preload

/** The screen the location names. */
export default group.Screens
