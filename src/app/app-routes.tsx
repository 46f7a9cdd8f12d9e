import { lazy, Suspense } from 'react'
import { Redirect, Route, Switch } from 'wouter'
import { NotFoundPage } from './not-found-page.tsx'

// Each screen is its own chunk: the first one shown loads only what it needs.
const StudyPage = lazy(() => import('@/features/study/study-page.tsx'))
const BrowsePage = lazy(() => import('@/features/browse/browse-page.tsx'))
const StatsPage = lazy(() => import('@/features/stats/stats-page.tsx'))
const SettingsPage = lazy(() => import('@/features/settings/settings-page.tsx'))
const SandboxPage = lazy(() => import('@/features/sandbox/sandbox-page.tsx'))

/** Every screen has a route, so any of them can be deep-linked (a card, a sandbox scenario). */
export function AppRoutes() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <Switch>
        <Route path="/" component={StudyPage} />
        <Route path="/study">
          <Redirect to="/" replace />
        </Route>
        <Route path="/browse" component={BrowsePage} />
        <Route path="/browse/:cardId" component={BrowsePage} />
        <Route path="/stats" component={StatsPage} />
        <Route path="/settings" component={SettingsPage} />
        <Route path="/sandbox" component={SandboxPage} />
        <Route path="/sandbox/:scenario" component={SandboxPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  )
}
