/**
 * The lines of `cards/source-notes.txt` that AWS has since made untrue, by line number. A card
 * whose `from-notes:` names one of them must carry an `updated:` note that says what changed, so
 * the deck never teaches an old fact silently (issue 15). The compiler checks it.
 *
 * Add a line here when AWS changes what it says; lines that are only incomplete (for example the
 * notes name two key types and omit AWS owned keys) are not outdated.
 */
export const OUTDATED_SOURCE_NOTE_LINES: ReadonlyMap<number, string> = new Map([
  // https://docs.aws.amazon.com/kms/latest/developerguide/kms-internals.html
  [12, 'FIPS 140-2 Level 2: the HSMs are FIPS 140-3 Level 3 since late 2024'],
  // https://docs.aws.amazon.com/kms/latest/APIReference/Welcome.html
  [14, "'Customer Master Key (CMK)': renamed 'KMS key' in August 2021"],
  // https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html
  [19, 'AWS managed keys created on first use: since 2021 new services use AWS owned keys'],
  // https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html
  [25, 'AWS managed keys rotate every 3 years: every year since May 2022'],
  [26, 'rotation is annual once enabled: the period is 90-2560 days since April 2024'],
])
