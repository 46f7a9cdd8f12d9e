import { retryableLazy, type PreloadableComponent } from '@/components/retryable-lazy.ts'
import { SANDBOX_ROUTES, ROUTES, type SandboxRoute } from '@/routes/paths.ts'
import { screenGroup } from './screen-group.tsx'

// The sandbox's screens, each its own chunk. Their lazy imports live in this chunk, not in the
// app's entry: every lazy import carries the list of chunks to preload with it, and the sandbox's
// lists (a score of kit and simulator chunks each) would otherwise weigh on the first card
// (e2e/page-weight.spec.ts).
const SandboxPage = retryableLazy(() => import('@/features/sandbox/sandbox-page.tsx'))
const SandboxKeyPage = retryableLazy(() => import('@/features/sandbox/key-page.tsx'))
const SandboxCliPage = retryableLazy(() => import('@/features/sandbox-cli/sandbox-cli-page.tsx'))
const EnvelopePage = retryableLazy(() => import('@/features/sandbox/envelope/envelope-page.tsx'))
const FilesPage = retryableLazy(() => import('@/features/sandbox/files/files-page.tsx'))

/** The screen of each sandbox route (a route without one fails `tsc -b`). */
const PAGES: Readonly<Record<SandboxRoute, PreloadableComponent<object>>> = {
  [ROUTES.sandbox]: SandboxPage,
  [ROUTES.sandboxKey]: SandboxKeyPage,
  [ROUTES.sandboxCli]: SandboxCliPage,
  [ROUTES.sandboxEnvelope]: EnvelopePage,
  [ROUTES.sandboxFiles]: FilesPage,
  [ROUTES.sandboxScenario]: SandboxPage,
}

const group = screenGroup(SANDBOX_ROUTES, PAGES)

/** Starts loading the code of the screen at `path`. */
export const preloadSandboxScreen = group.preload

/** The screen the location names. */
export default group.Screens
