/**
 * Runs `start` once the first screen is up: as soon as the first card is on screen (its
 * `first-card` performance mark, see src/components/use-first-card-mark.ts), or, on a screen
 * without a card, a few seconds after the page has loaded. The first card's budget counts every
 * file requested before it shows, so what starts here neither counts against it nor competes
 * with it for the network.
 */
export function afterFirstScreen(start: () => void, fallbackMs = 3000): void {
  let started = false
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-card').length > 0) run()
  })
  function run() {
    if (started) return
    started = true
    observer.disconnect()
    start()
  }
  observer.observe({ type: 'mark', buffered: true })
  const afterLoad = () => setTimeout(run, fallbackMs)
  if (document.readyState === 'complete') afterLoad()
  else window.addEventListener('load', afterLoad, { once: true })
}
