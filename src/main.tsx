import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app.tsx'
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
