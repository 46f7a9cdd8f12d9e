import { useEffect, useState } from 'react'

/** How often the countdown reads the clock: often enough that a shown second is never late. */
const TICK_MS = 200

/**
 * Milliseconds left until `deadline` (on `Date.now`'s clock), 0 once it has passed, at most
 * `totalMs`; undefined without a deadline. Re-renders while it counts, never after.
 */
export function useCountdown(deadline: number | undefined, totalMs: number): number | undefined {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (deadline === undefined) return
    const tick = () => setNow(Date.now())
    const id = setInterval(() => {
      tick()
      if (Date.now() >= deadline) clearInterval(id)
    }, TICK_MS)
    // The first reading at once, not a tick later (the previous question's clock is stale).
    queueMicrotask(tick)
    return () => clearInterval(id)
  }, [deadline])
  if (deadline === undefined) return undefined
  // Just after a new deadline, `now` is the last question's reading until the first tick.
  return Math.min(totalMs, Math.max(0, deadline - now))
}
