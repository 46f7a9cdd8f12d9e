/**
 * Stand-in for fsrs-browser's `snippets/wasm-bindgen-rayon-…/src/workerHelpers.js`, aliased in
 * vite.config.ts (build and vitest) and in bench/fsrs-one-thread-hooks.ts (Node).
 *
 * fsrs-browser 5.2.0 ships one build, compiled for wasm-bindgen-rayon's thread pool: its
 * `initThreadPool` posts the WebAssembly memory to helper workers, which needs SharedArrayBuffer
 * across workers, so a cross-origin-isolated page (COOP + COEP headers) that a static host does
 * not give. KeyDeck never calls `initThreadPool`: training runs on the one optimizer worker, and
 * rayon falls back to the current thread. The real helper would add a second copy of the glue and
 * a self-spawning worker chunk to the build, and reads `self` on import (so it cannot load in
 * Node); this stand-in keeps the one export the glue imports and refuses to start threads.
 * @see https://github.com/RReverser/wasm-bindgen-rayon#usage
 * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/SharedArrayBuffer#security_requirements
 */
export function startWorkers(): Promise<never> {
  return Promise.reject(
    new Error('KeyDeck runs the FSRS optimizer on one thread: initThreadPool is not available'),
  )
}
