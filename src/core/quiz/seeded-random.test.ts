import { describe, expect, it } from 'vitest'
import { mulberry32, randomIndex, shuffled } from './seeded-random.ts'

const take = (seed: number, n: number) => {
  const random = mulberry32(seed)
  return Array.from({ length: n }, () => random())
}

describe('mulberry32', () => {
  it('matches the reference implementation for seed 0 and seed 42', () => {
    // The first outputs of the published mulberry32 (a = seed; a += 0x6D2B79F5; …) / 2^32.
    expect(take(0, 3).map((x) => Math.round(x * 2 ** 32))).toEqual([1144304738, 1416247, 958946056])
    expect(Math.round(take(42, 1)[0]! * 2 ** 32)).toBe(2581720956)
  })

  it('repeats its sequence for the same seed and differs for another', () => {
    expect(take(13_368, 50)).toEqual(take(13_368, 50))
    expect(take(13_368, 50)).not.toEqual(take(13_369, 50))
  })

  it('stays in [0, 1) and spreads over ten buckets', () => {
    const buckets = new Array<number>(10).fill(0)
    for (const x of take(7, 10_000)) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
      buckets[Math.floor(x * 10)]!++
    }
    for (const count of buckets) expect(count).toBeGreaterThan(900)
  })
})

describe('shuffled', () => {
  it('returns a permutation and leaves its input alone', () => {
    const items = Array.from({ length: 30 }, (_, i) => i)
    const out = shuffled(mulberry32(1), items)
    expect(out).not.toEqual(items)
    expect([...out].sort((a, b) => a - b)).toEqual(items)
    expect(items).toEqual(Array.from({ length: 30 }, (_, i) => i))
  })

  it('puts every item in every place over many seeds (no fixed positions)', () => {
    const seen = Array.from({ length: 4 }, () => new Set<number>())
    for (let seed = 0; seed < 200; seed++)
      shuffled(mulberry32(seed), [0, 1, 2, 3]).forEach((item, place) => seen[place]!.add(item))
    for (const places of seen) expect(places.size).toBe(4)
  })

  it('draws indices below the bound', () => {
    const random = mulberry32(3)
    for (let i = 0; i < 1000; i++) expect(randomIndex(random, 4)).toBeLessThan(4)
  })
})
