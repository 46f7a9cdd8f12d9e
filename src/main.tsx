import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app.tsx'
import { preloadScreen } from '@/app/app-routes.tsx'
import { routerBase } from '@/app/router-base.ts'
import { ChunkLoadError } from '@/components/retryable-lazy.ts'
import { firstCardShown } from '@/components/use-first-card-mark.ts'
import '@/app/index.css'

/** A screen without a card (settings, or the day's study done) starts the offline copy after this. */
const FIRST_CARD_WAIT_MS = 3000

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

// The offline copy and install offer start once the first card is on screen: registering the
// service worker fetches and stores every file of the app, and that work (the browser's storage,
// the network, the CPU) would otherwise compete with opening the database for the first card.
// Dev has no service worker (it would cache stale modules under hot reload).
if (import.meta.env.PROD) {
  void firstCardShown(FIRST_CARD_WAIT_MS)
    .then(() => import('@/app/pwa/start-pwa.ts'))
    .then(({ startPwa }) => startPwa())
}
