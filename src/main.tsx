import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app.tsx'
import { afterFirstScreen } from '@/app/pwa/after-first-screen.ts'
import { ChunkLoadError } from '@/components/retryable-lazy.ts'
import '@/app/index.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
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
)

// The offline copy and install offer start once the first screen is up, so neither their code
// nor the service worker's downloads compete with the first card. Dev has no service worker (it
// would cache stale modules under hot reload).
if (import.meta.env.PROD) {
  afterFirstScreen(() => void import('@/app/pwa/start-pwa.ts').then(({ startPwa }) => startPwa()))
}
