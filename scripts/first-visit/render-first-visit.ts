/**
 * Renders the app's first visit to the study screen, as a learner's browser would on a cold
 * start, and prints `#root`'s HTML: the first card, the shell around it. The build puts it in
 * index.html (vite-plugin-first-visit.ts) for the boot script to show before the app's scripts
 * have loaded (first-visit-boot.ts).
 *
 * It is the app itself, not a copy of its markup: the real modules, loaded through Vite (so the
 * deck and the aliases resolve as in the build), rendered by react-dom into jsdom, with an empty
 * IndexedDB (fake-indexeddb), as a first visit has. So a change to the screen or to the deck
 * changes the snapshot with it. A separate process, since it installs browser globals.
 *
 * Env: KEYDECK_ROOT (the project), KEYDECK_BASE (the base path, `/` by default).
 */
import 'fake-indexeddb/auto'
import { JSDOM } from 'jsdom'
import type { ReactNode } from 'react'
import { createServer } from 'vite'

const FIRST_CARD = 'article[aria-labelledby="review-question"]'
const WAIT_MS = 20_000

const base = process.env.KEYDECK_BASE ?? '/'
const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
  url: `http://localhost${base}`,
  pretendToBeVisual: true,
})
// The browser globals the app reads (window, document, localStorage, HTMLElement …), except
// those Node has its own of (crypto, performance, URL …).
const globals = globalThis as Record<string, unknown>
const browser = dom.window as unknown as Record<string, unknown>
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in globals)) globals[key] = browser[key]
}
// Window's own EventTarget methods are inherited, not own properties: the app calls them unqualified
// (wouter listens for popstate with a bare addEventListener).
for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent'] as const) {
  globals[key] = dom.window[key].bind(dom.window)
}
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true })
// jsdom has no matchMedia; a first visit has no preferences that change the study screen.
const noMatch = () => ({ matches: false, addEventListener() {}, removeEventListener() {} })
globals.matchMedia = noMatch
browser.matchMedia = noMatch

const vite = await createServer({
  root: process.env.KEYDECK_ROOT ?? process.cwd(),
  base,
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
})
// Vite's server is never closed: the process ends with the snapshot. The app goes on running after
// its first card shows (the study screen then loads the answering code, src/stores/study-store.ts),
// and closing the server under a module load in flight fails that load, which failed the build.
// An error before the first card still fails it (the uncaught rejection exits non-zero).
// The same steps as src/main.tsx: the first screen's code and data, then one render.
const { preloadScreen } = (await vite.ssrLoadModule('/src/app/app-routes.tsx')) as {
  preloadScreen: (path: string) => Promise<void>
}
const { App } = (await vite.ssrLoadModule('/src/app/app.tsx')) as {
  App: () => ReactNode
}
const { createElement, StrictMode } = await import('react')
const { createRoot } = await import('react-dom/client')
await preloadScreen('/')
const root = dom.window.document.getElementById('root')!
createRoot(root).render(createElement(StrictMode, null, createElement(App)))
const deadline = Date.now() + WAIT_MS
while (!root.querySelector(FIRST_CARD)) {
  if (Date.now() > deadline) {
    throw new Error(`no first card (${FIRST_CARD}) after ${WAIT_MS} ms; #root: ${root.innerHTML}`)
  }
  await new Promise((resolve) => setTimeout(resolve, 20))
}
// Written synchronously (stdout is a pipe, synchronous on Linux), then the process ends at once:
// nothing the app still does can change or fail the snapshot.
process.stdout.write(root.innerHTML)
process.exit(0)
