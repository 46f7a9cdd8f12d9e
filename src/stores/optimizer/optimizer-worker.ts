/**
 * The optimizer's Web Worker: training takes seconds of CPU, so it never runs on the page's
 * thread. It loads fsrs-browser's WebAssembly (its own lazy asset, precached for offline use)
 * on the first request, then answers each request with its steps and the outcome.
 */
import init, { Fsrs } from 'fsrs-browser'
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url'
import type { OptimizeRequest, WorkerMessage } from './optimizer-protocol.ts'
import { runOptimizer } from './run-optimizer.ts'

let ready: Promise<unknown> | undefined

const post = (message: WorkerMessage) => self.postMessage(message)

self.addEventListener('message', (event: MessageEvent<OptimizeRequest>) => {
  void (async () => {
    try {
      post({ type: 'step', step: 'loading' })
      ready ??= init({ module_or_path: wasmUrl })
      await ready
      const outcome = runOptimizer(Fsrs, event.data, (step) => post({ type: 'step', step }))
      post({ type: 'done', outcome })
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  })()
})
