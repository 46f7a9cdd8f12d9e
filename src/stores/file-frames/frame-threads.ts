/**
 * The threads that seal and open a file's frames: two module workers (the machine this was
 * measured on has two cores; more did not help WebCrypto, which runs on the calling thread in
 * Chromium), kept for the next file once a job ends normally and terminated when one is cancelled
 * or fails. Where there is no Worker (Node, in the unit tests), the jobs run on the calling thread
 * with the same code.
 */
import { runFrameJob, type FrameJob, type FrameJobMessage } from './frame-job.ts'

export interface FrameThread {
  run(job: FrameJob, onMessage: (message: FrameJobMessage) => void): void
  /** Stops the thread's job at once; the thread is not used again. */
  terminate(): void
}

export const FRAME_THREADS = 2

let idle: FrameThread[] = []

/** Threads for one job; give them back with `releaseFrameThreads` or terminate them. */
export function takeFrameThreads(): FrameThread[] {
  const threads = idle.slice(0, FRAME_THREADS)
  idle = idle.slice(threads.length)
  while (threads.length < FRAME_THREADS) threads.push(createThread())
  return threads
}

export function releaseFrameThreads(threads: readonly FrameThread[]): void {
  idle.push(...threads)
}

/** Starts the workers before the first file is chosen, so the first job does not wait for them. */
export function warmFrameThreads(): void {
  releaseFrameThreads(takeFrameThreads())
}

/** Ends the idle workers (the screen left); a running job keeps its own until it ends. */
export function disposeFrameThreads(): void {
  for (const thread of idle) thread.terminate()
  idle = []
}

function createThread(): FrameThread {
  return typeof Worker === 'undefined' ? inThread() : inWorker()
}

function inWorker(): FrameThread {
  const worker = new Worker(new URL('./frame-worker.ts', import.meta.url), {
    type: 'module',
    name: 'keydeck-file-frames',
  })
  let listener: ((message: FrameJobMessage) => void) | undefined
  worker.addEventListener('message', (event: MessageEvent<FrameJobMessage>) =>
    listener?.(event.data),
  )
  worker.addEventListener('error', (event) =>
    listener?.({
      kind: 'error',
      error: { kind: 'other', name: 'Error', message: event.message || 'a file worker failed' },
    }),
  )
  return {
    run(job, onMessage) {
      listener = onMessage
      worker.postMessage(job)
    },
    terminate() {
      listener = undefined
      worker.terminate()
    },
  }
}

function inThread(): FrameThread {
  let stopped = false
  return {
    run(job, onMessage) {
      void runFrameJob(job, onMessage, () => stopped)
    },
    terminate() {
      stopped = true
    },
  }
}
