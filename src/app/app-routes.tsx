import { lazy, Suspense } from 'react'
import { Redirect, Route, Switch } from 'wouter'
import { paths, ROUTES } from '@/routes/paths.ts'
import { NotFoundPage } from './not-found-page.tsx'

// Each screen is its own chunk: the first one shown loads only what it needs.
const StudyPage = lazy(() => import('@/features/study/study-page.tsx'))
const BrowsePage = lazy(() => import('@/features/browse/browse-page.tsx'))
const StatsPage = lazy(() => import('@/features/stats/stats-page.tsx'))
const SettingsPage = lazy(() => import('@/features/settings/settings-page.tsx'))
const SandboxPage = lazy(() => import('@/features/sandbox/sandbox-page.tsx'))

/**
 * Every screen has a route (patterns in src/routes/paths.ts), so any of them can be deep-linked:
 * a card, a search, a sandbox scenario.
 */
export function AppRoutes() {
  return (
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
  )
}
