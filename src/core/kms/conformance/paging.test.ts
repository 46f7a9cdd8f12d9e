// Limit / Marker / NextMarker / Truncated on every List* operation: pages never overlap, never
// skip, and the last page says Truncated=false without a NextMarker.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeys.html
import { InvalidMarkerException } from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSim, createSymmetricKey, expectKmsError, type Sim } from './harness.ts'

interface PageOut<T> {
  items: T[] | undefined
  NextMarker?: string | undefined
  Truncated?: boolean | undefined
}

/** Walks every page with the given Limit, checking the paging contract on each page. */
async function walk<T>(
  limit: number,
  fetch: (marker: string | undefined) => Promise<PageOut<T>>,
): Promise<T[]> {
  const all: T[] = []
  let marker: string | undefined
  for (let page = 0; page < 100; page++) {
    const out = await fetch(marker)
    const items = out.items ?? []
    expect(items.length).toBeLessThanOrEqual(limit)
    all.push(...items)
    if (!out.Truncated) {
      expect(out.NextMarker).toBeUndefined()
      return all
    }
    expect(items.length).toBe(limit)
    expect(out.NextMarker).toEqual(expect.any(String))
    marker = out.NextMarker
  }
  throw new Error('paging never ended')
}

describe('paging', () => {
  let sim: Sim
  const keyIds: string[] = []

  beforeAll(async () => {
    sim = createSim()
    for (let i = 0; i < 7; i++) keyIds.push(await createSymmetricKey(sim.sdk))
    for (let i = 0; i < 5; i++) {
      await sim.sdk.createAlias({ AliasName: `alias/page-${i}`, TargetKeyId: keyIds[0]! })
    }
    await sim.sdk.tagResource({
      KeyId: keyIds[1]!,
      Tags: Array.from({ length: 9 }, (_, i) => ({ TagKey: `t${i}`, TagValue: `${i}` })),
    })
    for (let i = 0; i < 5; i++) await sim.sdk.rotateKeyOnDemand({ KeyId: keyIds[2]! })
  })

  it('ListKeys', async () => {
    const seen = await walk(3, async (Marker) => {
      const out = await sim.sdk.listKeys({ Limit: 3, Marker })
      return { ...out, items: out.Keys }
    })
    expect(seen.map((k) => k.KeyId).sort()).toEqual([...keyIds].sort())
  })

  it('ListAliases (filtered by key)', async () => {
    const seen = await walk(2, async (Marker) => {
      const out = await sim.sdk.listAliases({ KeyId: keyIds[0], Limit: 2, Marker })
      return { ...out, items: out.Aliases }
    })
    expect(seen.map((a) => a.AliasName).sort()).toEqual(
      [0, 1, 2, 3, 4].map((i) => `alias/page-${i}`),
    )
  })

  it('ListAliases (whole account, including any predefined AWS aliases)', async () => {
    const everything = (await sim.sdk.listAliases({ Limit: 100 })).Aliases ?? []
    const seen = await walk(4, async (Marker) => {
      const out = await sim.sdk.listAliases({ Limit: 4, Marker })
      return { ...out, items: out.Aliases }
    })
    expect(seen.map((a) => a.AliasName)).toEqual(everything.map((a) => a.AliasName))
    expect(new Set(seen.map((a) => a.AliasName)).size).toBe(seen.length)
  })

  it('ListResourceTags', async () => {
    const seen = await walk(4, async (Marker) => {
      const out = await sim.sdk.listResourceTags({ KeyId: keyIds[1], Limit: 4, Marker })
      return { ...out, items: out.Tags }
    })
    expect(seen.map((t) => t.TagKey).sort()).toEqual(Array.from({ length: 9 }, (_, i) => `t${i}`))
  })

  it('ListKeyRotations', async () => {
    const seen = await walk(2, async (Marker) => {
      const out = await sim.sdk.listKeyRotations({ KeyId: keyIds[2], Limit: 2, Marker })
      return { ...out, items: out.Rotations }
    })
    expect(seen).toHaveLength(5)
    expect(new Set(seen.map((r) => r.KeyMaterialId)).size).toBe(5)
  })

  it('uses the documented default page sizes', async () => {
    // ListKeys defaults to 100, so seven keys come back on one page.
    const keys = await sim.sdk.listKeys({})
    expect(keys.Keys).toHaveLength(7)
    expect(keys.Truncated).toBe(false)
  })

  it('validates Limit ranges', async () => {
    await expectKmsError(sim.sdk.listKeys({ Limit: 0 }), 'ValidationException')
    await expectKmsError(sim.sdk.listKeys({ Limit: 1001 }), 'ValidationException')
    await expectKmsError(sim.sdk.listAliases({ Limit: 0 }), 'ValidationException')
    // The docs narrow ListAliases to 1-100 (the model says 1000).
    await expectKmsError(sim.sdk.listAliases({ Limit: 101 }), 'ValidationException')
    expect((await sim.sdk.listKeys({ Limit: 1000 })).Keys).toHaveLength(7)
    // The docs narrow ListResourceTags to 1-50 (the model says 1000).
    await expectKmsError(
      sim.sdk.listResourceTags({ KeyId: keyIds[1], Limit: 51 }),
      'ValidationException',
    )
  })

  it('refuses a marker it did not issue with InvalidMarkerException', async () => {
    await expectKmsError(sim.sdk.listKeys({ Marker: 'not-a-marker' }), InvalidMarkerException)
    await expectKmsError(sim.sdk.listAliases({ Marker: 'bogus' }), InvalidMarkerException)
  })
})
