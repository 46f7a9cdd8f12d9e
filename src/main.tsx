import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app.tsx'
import { preloadScreen } from '@/app/app-routes.tsx'
import { afterFirstScreen } from '@/app/pwa/after-first-screen.ts'
import { watchControllerChange } from '@/app/pwa/watch-controller.ts'
import { routerBase } from '@/app/router-base.ts'
import { ChunkLoadError } from '@/components/retryable-lazy.ts'
import { startDisplay } from '@/stores/storage/display-storage.ts'
import '@/app/index.css'

// Theme, text size and motion go on <html> before anything renders, so no route paints once in
// the wrong theme or size. (index.html's one inline script does it earlier only for a first
// visit's card, which it draws from the HTML: scripts/first-visit/first-visit-boot.ts.)
startDisplay()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The first screen's code and data (for study: the database, today's cards, their questions)
// load at once, in parallel, and the app renders when they are here: its first render shows the
// first card, not a Suspense fallback, a loading line, then the card (bench/first-card-bench.ts).
const base = routerBase(import.meta.env.BASE_URL)
const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : '/'
void preloadScreen(path || '/').then(() =>
  createRoot(root, {
    // An error boundary has shown the error on screen. A chunk that could not load (offline) is
    // expected and explained there; anything else is a bug and is logged as one.
    onCaughtError(error, info) {
      if (error instanceof ChunkLoadError) console.warn(error.message)
      else console.error(error, info.componentStack)
    },
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)

// The offline copy and install offer start once the first screen is up, so neither their code
// nor the service worker's downloads compete with the first card. Dev has no service worker (it
// would cache stale modules under hot reload).
if (import.meta.env.PROD) {
  const onControllerChange = watchControllerChange()
  afterFirstScreen(
    () =>
      void import('@/app/pwa/start-pwa.ts').then(({ startPwa }) => startPwa(onControllerChange)),
  )
}
