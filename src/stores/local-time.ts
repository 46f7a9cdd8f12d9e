/**
 * This browser's time zone as the SRS core takes it: minutes to add to UTC at a given instant
 * (daylight saving included). The core never reads the machine's zone itself: it is passed in.
 */
export function localUtcOffset(epochMs: number): number {
  return -new Date(epochMs).getTimezoneOffset()
}
