/**
 * A quiz's seed as it stands in a link (`?seed=abc`): 1 to 7 lower-case base-36 characters, the
 * text form of a 32-bit unsigned number. Short enough to read out to a room or put on a slide;
 * one canonical spelling per number (no leading zeros), so two links never differ only in how
 * they write the same quiz.
 */

/** A validated seed text; only {@link parseQuizSeed} and {@link quizSeedFromNumber} make one. */
export type QuizSeed = string & { readonly __brand: 'QuizSeed' }

const SEED_PATTERN = /^(?:0|[1-9a-z][0-9a-z]{0,6})$/
const MAX_SEED = 0xffff_ffff

/** The seed in `text`, or undefined when it is not a canonical base-36 number below 2^32. */
export function parseQuizSeed(text: string): QuizSeed | undefined {
  if (!SEED_PATTERN.test(text)) return undefined
  // Seven base-36 digits reach 36^7 - 1 (about 7.8e10): past 2^32 is not a seed.
  if (Number.parseInt(text, 36) > MAX_SEED) return undefined
  return text as QuizSeed
}

/**
 * The seed for a 32-bit number, e.g. one drawn with `crypto.getRandomValues` by the caller (the
 * core draws nothing itself).
 */
export function quizSeedFromNumber(value: number): QuizSeed {
  if (!Number.isInteger(value) || value < 0 || value > MAX_SEED)
    throw new RangeError(`a quiz seed is a 32-bit unsigned integer, not ${value}`)
  return value.toString(36) as QuizSeed
}

/** The 32-bit number a seed stands for. */
export function quizSeedValue(seed: QuizSeed): number {
  return Number.parseInt(seed, 36)
}
