import { lazy, Suspense } from 'react'
import { Redirect, Route, Switch } from 'wouter'
import { BrowsePage } from '@/features/browse/browse-page.tsx'
import { NotFoundPage } from './not-found-page.tsx'

// Screens other than the first one load on demand, so the first card shows sooner.
const SandboxPage = lazy(() => import('@/features/sandbox/sandbox-page.tsx'))

/**
 * Every screen has a route, so any of them can be deep-linked (a card, a sandbox scenario).
 * `/` leads to the card browser until the study screen lands.
 */
export function AppRoutes() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <Switch>
        <Route path="/">
          <Redirect to="/browse" replace />
        </Route>
        <Route path="/browse" component={BrowsePage} />
        <Route path="/browse/:cardId" component={BrowsePage} />
        <Route path="/sandbox" component={SandboxPage} />
        <Route path="/sandbox/:scenario" component={SandboxPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  )
}
