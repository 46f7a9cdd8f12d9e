import { createKms, type Kms, type KmsOptions } from '../index.ts'
import { DAY_MS } from '../engine/engine-context.ts'
import type { RandomSource } from '../ids.ts'

/** 2026-01-01T00:00:00Z: the fixed start of every test clock. */
export const T0 = Date.UTC(2026, 0, 1)

/** Deterministic bytes (mulberry32) so tests never depend on real randomness. */
export function seededRandom(seed = 1): RandomSource {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) & 0xff
  }
  return (bytes) => Uint8Array.from({ length: bytes }, next)
}

export interface TestKms {
  readonly kms: Kms
  readonly clock: { now: number }
  advanceDays(days: number): void
}

/** A KMS on a fixed, movable clock and seeded randomness. */
export function createTestKms(options: KmsOptions = {}): TestKms {
  const clock = { now: T0 }
  const kms = createKms({ now: () => clock.now, random: seededRandom(), ...options })
  return { kms, clock, advanceDays: (days) => (clock.now += days * DAY_MS) }
}

export { utf8 } from '../../bytes/utf8.ts'
export const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
