import { Route, Switch } from 'wouter'
import { retryableLazy, type PreloadableComponent } from '@/components/retryable-lazy.ts'
import { CLASSROOM_ROUTES, ROUTES, type ClassroomRoute } from '@/routes/paths.ts'
import { matches } from './route-match.ts'

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

/** In the route table's matching order. */
const CLASSROOM_SCREENS = CLASSROOM_ROUTES.map((pattern) => ({ pattern, page: PAGES[pattern] }))

/** Starts loading the code of the classroom screen at `path`. */
export function preloadClassroomScreen(path: string): Promise<void> {
  return (
    CLASSROOM_SCREENS.find((s) => matches(s.pattern, path))?.page.preload() ?? Promise.resolve()
  )
}

/** The classroom screen the location names. */
export default function ClassroomScreens() {
  return (
    <Switch>
      {CLASSROOM_SCREENS.map(({ pattern, page }) => (
        <Route key={pattern} path={pattern} component={page} />
      ))}
    </Switch>
  )
}
