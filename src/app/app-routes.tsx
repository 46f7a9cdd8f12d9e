import { Suspense } from 'react'
import { Redirect, Route, Switch, useLocation } from 'wouter'
import { ErrorBoundary } from '@/components/error-boundary.tsx'
import {
  retryableLazy,
  retryFailedLoads,
  type PreloadableComponent,
} from '@/components/retryable-lazy.ts'
import { CLASSROOM_ROUTES, paths, ROUTES, SANDBOX_ROUTES } from '@/routes/paths.ts'
import { NotFoundPage } from './not-found-page.tsx'
import { matches } from './route-match.ts'
import { ScreenError } from './screen-error.tsx'

// Each screen is its own chunk: the first one shown loads only what it needs.
const StudyPage = retryableLazy(() => import('@/features/study/study-page.tsx'))
const BrowsePage = retryableLazy(() => import('@/features/browse/browse-page.tsx'))
const StatsPage = retryableLazy(() => import('@/features/stats/stats-page.tsx'))
const SettingsPage = retryableLazy(() => import('@/features/settings/settings-page.tsx'))
// Every sandbox screen, behind one lazy module that holds their own lazy imports.
const SandboxScreens = retryableLazy(() => import('./sandbox-screens.tsx'))
// Presenter mode, quiz and handouts (issue 14), likewise behind one lazy module.
const ClassroomScreens = retryableLazy(() => import('./classroom-screens.tsx'))

interface Screen {
  readonly pattern: string
  readonly page: PreloadableComponent<object>
  /** Starts reading what the screen shows first, when it is the screen the app opens on. */
  readonly prepare?: (path: string) => Promise<unknown>
}

/** Which screen each route pattern shows (the redirect and the not-found page aside). */
const SCREENS: readonly Screen[] = [
  {
    pattern: ROUTES.study,
    page: StudyPage,
    // The database opens and today's cards are read while the screen's code loads, not after.
    prepare: () => import('@/stores/study.ts').then((study) => study.prepareStudy()),
  },
  { pattern: ROUTES.browse, page: BrowsePage },
  { pattern: ROUTES.browseCard, page: BrowsePage },
  { pattern: ROUTES.stats, page: StatsPage },
  { pattern: ROUTES.settings, page: SettingsPage },
  // The sandbox's screens: the module that picks among them, then the one the path names.
  ...SANDBOX_ROUTES.map((pattern) => ({
    pattern,
    page: SandboxScreens,
    prepare: (path: string) =>
      import('./sandbox-screens.tsx').then((sandbox) => sandbox.preloadSandboxScreen(path)),
  })),
  ...CLASSROOM_ROUTES.map((pattern) => ({
    pattern,
    page: ClassroomScreens,
    prepare: (path: string) =>
      import('./classroom-screens.tsx').then((c) => c.preloadClassroomScreen(path)),
  })),
]

/** How long the first render waits for the first screen's data before showing it loading. */
const DATA_WAIT_MS = 600

/**
 * Starts everything the screen at `path` (relative to the router's base) needs before the app
 * first renders: its code, and what it reads first. Settles once the code is loaded and the data
 * read (or `DATA_WAIT_MS` passed), so the first render shows the screen with its content rather
 * than a Suspense fallback (whose reveal React holds back for up to 300 ms) and loading lines.
 * Never rejects: a failure shows on the screen, which loads and reads again itself.
 */
export function preloadScreen(path: string): Promise<void> {
  const screen = SCREENS.find((s) => matches(s.pattern, path))
  if (!screen) return Promise.resolve()
  const data = screen.prepare
    ? Promise.race([
        screen.prepare(path),
        new Promise((resolve) => setTimeout(resolve, DATA_WAIT_MS)),
      ]).catch(() => undefined)
    : undefined
  return Promise.all([screen.page.preload(), data]).then(
    () => undefined,
    () => undefined,
  )
}

/**
 * Every screen has a route (patterns in src/routes/paths.ts), so any of them can be deep-linked:
 * a card, a search, a sandbox scenario. A screen that fails to load or to render shows why, with
 * Retry, inside the shell; going to another screen clears it.
 */
export function AppRoutes() {
  const [location] = useLocation()
  return (
    <ErrorBoundary
      resetKey={location}
      onRetry={retryFailedLoads}
      fallback={(error, retry) => <ScreenError error={error} onRetry={retry} />}
    >
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Switch>
          <Route path={ROUTES.studyAlias}>
            <Redirect to={paths.study()} replace />
          </Route>
          {SCREENS.map(({ pattern, page }) => (
            <Route key={pattern} path={pattern} component={page} />
          ))}
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </ErrorBoundary>
  )
}
