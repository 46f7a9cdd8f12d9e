import { Route, Switch } from 'wouter'
import type { PreloadableComponent } from '@/components/retryable-lazy.ts'
import { matches } from './route-match.ts'

/**
 * A group of lazy screens behind one lazy module (the sandbox's, the classroom's): their lazy
 * imports and preload lists live in that module's chunk, not in the app's entry, so the first
 * card does not pay for them (e2e/page-weight.spec.ts). `routes` is the group's slice of the
 * route table, in its matching order; `pages` the screen of each (a route without one fails
 * `tsc -b`).
 */
export function screenGroup<R extends string>(
  routes: readonly R[],
  pages: Readonly<Record<R, PreloadableComponent<object>>>,
) {
  const screens = routes.map((pattern) => ({ pattern, page: pages[pattern] }))
  return {
    /** Starts loading the code of the group's screen at `path`. */
    preload(path: string): Promise<void> {
      return screens.find((s) => matches(s.pattern, path))?.page.preload() ?? Promise.resolve()
    },
    /** The group's screen the location names. */
    Screens() {
      return (
        <Switch>
          {screens.map(({ pattern, page }) => (
            <Route key={pattern} path={pattern} component={page} />
          ))}
        </Switch>
      )
    },
  }
}
