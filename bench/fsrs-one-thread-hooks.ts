// Node module hook for the optimizer benchmark: resolves fsrs-browser's thread-pool helper to
// KeyDeck's one-thread stand-in, as vite.config.ts's alias does for the build and vitest (see
// src/stores/optimizer/fsrs-one-thread.ts for why). Registered by bench/optimizer-bench.ts.
// @see https://nodejs.org/docs/latest-v20.x/api/module.html#customization-hooks
import type { ResolveHook } from 'node:module'

const HELPER = /^\.\/snippets\/wasm-bindgen-rayon-[0-9a-f]+\/src\/workerHelpers\.js$/
const STAND_IN = new URL('../src/stores/optimizer/fsrs-one-thread.ts', import.meta.url).href

export const resolve: ResolveHook = (specifier, context, nextResolve) =>
  nextResolve(HELPER.test(specifier) ? STAND_IN : specifier, context)
