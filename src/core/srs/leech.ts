/**
 * Anki's leech rule: a card becomes a leech on the lapse that reaches the threshold, and the
 * warning repeats every half-threshold after that (8, 12, 16, … with the default 8).
 * @see https://docs.ankiweb.net/leeches.html
 */
export function isLeechLapse(lapses: number, threshold: number): boolean {
  if (lapses < threshold) return false
  const every = Math.max(1, Math.floor(threshold / 2))
  return (lapses - threshold) % every === 0
}
