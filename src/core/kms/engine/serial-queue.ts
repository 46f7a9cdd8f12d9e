/**
 * Runs tasks one at a time. Requests read and write several records of an async store, so they
 * are serialized, like a single-writer service, to keep every request atomic.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return (task) => {
    const run = tail.then(task)
    tail = run.catch(() => undefined)
    return run
  }
}
