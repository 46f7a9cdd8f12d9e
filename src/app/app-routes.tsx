import { Suspense } from 'react'
import { Redirect, Route, Switch, useLocation } from 'wouter'
import { ErrorBoundary } from '@/components/error-boundary.tsx'
import { retryableLazy, retryFailedLoads } from '@/components/retryable-lazy.ts'
import { paths, ROUTES } from '@/routes/paths.ts'
import { NotFoundPage } from './not-found-page.tsx'
import { ScreenError } from './screen-error.tsx'

// Each screen is its own chunk: the first one shown loads only what it needs.
const StudyPage = retryableLazy(() => import('@/features/study/study-page.tsx'))
const BrowsePage = retryableLazy(() => import('@/features/browse/browse-page.tsx'))
const StatsPage = retryableLazy(() => import('@/features/stats/stats-page.tsx'))
const SettingsPage = retryableLazy(() => import('@/features/settings/settings-page.tsx'))
const SandboxPage = retryableLazy(() => import('@/features/sandbox/sandbox-page.tsx'))

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
          <Route path={ROUTES.study} component={StudyPage} />
          <Route path={ROUTES.studyAlias}>
            <Redirect to={paths.study()} replace />
          </Route>
          <Route path={ROUTES.browse} component={BrowsePage} />
          <Route path={ROUTES.browseCard} component={BrowsePage} />
          <Route path={ROUTES.stats} component={StatsPage} />
          <Route path={ROUTES.settings} component={SettingsPage} />
          <Route path={ROUTES.sandbox} component={SandboxPage} />
          <Route path={ROUTES.sandboxScenario} component={SandboxPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </ErrorBoundary>
  )
}
