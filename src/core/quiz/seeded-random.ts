/**
 * A small seeded pseudo-random generator, so a quiz link gives the same quiz on every device and
 * in tests. mulberry32 (Tommy Ettinger's 32-bit generator): one 32-bit state, fast, and good
 * enough to shuffle a deck; it is not for anything secret. The core never calls Math.random.
 */

/** Returns a number in [0, 1) on each call; the sequence is fixed by the seed. */
export type Random = () => number

export function mulberry32(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** An integer in [0, bound). */
export function randomIndex(random: Random, bound: number): number {
  return Math.floor(random() * bound)
}

/** A shuffled copy (Fisher–Yates), leaving `items` as it was. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1)
    const held = out[i]!
    out[i] = out[j]!
    out[j] = held
  }
  return out
}
