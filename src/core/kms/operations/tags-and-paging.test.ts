import { describe, expect, it } from 'vitest'
import { createTestKms } from '../testing/test-kms.ts'

describe('tags', () => {
  it('tags at creation, overwrites values, untags silently, lists', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {
      Tags: [{ TagKey: 'team', TagValue: 'a' }],
    })
    const id = { KeyId: key.KeyId }
    await kms.call('TagResource', {
      ...id,
      Tags: [
        { TagKey: 'team', TagValue: 'b' },
        { TagKey: 'env', TagValue: '' },
      ],
    })
    await kms.call('UntagResource', { ...id, TagKeys: ['missing'] })
    expect(await kms.call('ListResourceTags', id)).toEqual({
      Tags: [
        { TagKey: 'env', TagValue: '' },
        { TagKey: 'team', TagValue: 'b' },
      ],
      Truncated: false,
    })
    await kms.call('UntagResource', { ...id, TagKeys: ['env'] })
    expect((await kms.call('ListResourceTags', id)).Tags).toEqual([
      { TagKey: 'team', TagValue: 'b' },
    ])
  })

  it('TagException texts recorded from AWS', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const id = { KeyId: key.KeyId }
    await expect(
      kms.call('TagResource', { ...id, Tags: [{ TagKey: 'aws:x', TagValue: 'v' }] }),
    ).rejects.toMatchObject({
      name: 'TagException',
      message: 'Tags beginning with aws: are reserved',
    })
    await expect(
      kms.call('TagResource', {
        ...id,
        Tags: [
          { TagKey: 'k', TagValue: '1' },
          { TagKey: 'k', TagValue: '2' },
        ],
      }),
    ).rejects.toMatchObject({ name: 'TagException', message: 'Duplicate tag keys' })
    const many = Array.from({ length: 51 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' }))
    await expect(kms.call('CreateKey', { Tags: many })).rejects.toMatchObject({
      name: 'TagException',
      message: 'Too many tags',
    })
    await expect(kms.call('TagResource', { ...id, Tags: many })).rejects.toMatchObject({
      message: 'Too many tags',
    })
  })
})

describe('paging', () => {
  it('ListKeys pages with Limit and Marker and covers every key once', async () => {
    const { kms } = createTestKms()
    const created = []
    for (let i = 0; i < 7; i++) created.push((await kms.call('CreateKey', {})).KeyMetadata.KeyId)
    const seen: string[] = []
    let marker: string | undefined
    let pages = 0
    do {
      const page = await kms.call('ListKeys', {
        Limit: 3,
        ...(marker === undefined ? {} : { Marker: marker }),
      })
      seen.push(...page.Keys.map((k) => k.KeyId))
      expect(page.Truncated).toBe(page.NextMarker !== undefined)
      marker = page.NextMarker
      pages++
    } while (marker !== undefined)
    expect(pages).toBe(3)
    expect([...seen].sort()).toEqual([...created].sort())
  })

  it('ListAliases, ListResourceTags and ListKeyRotations page too; bad markers are refused', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    for (const n of ['a', 'b', 'c'])
      await kms.call('CreateAlias', { AliasName: `alias/${n}`, TargetKeyId: key.KeyId })
    const first = await kms.call('ListAliases', { KeyId: key.KeyId, Limit: 2 })
    expect(first.Aliases.map((a) => a.AliasName)).toEqual(['alias/a', 'alias/b'])
    const second = await kms.call('ListAliases', {
      KeyId: key.KeyId,
      Limit: 2,
      Marker: first.NextMarker!,
    })
    expect(second).toMatchObject({ Aliases: [{ AliasName: 'alias/c' }], Truncated: false })
    await kms.call('TagResource', {
      KeyId: key.KeyId,
      Tags: [
        { TagKey: 'x', TagValue: '1' },
        { TagKey: 'y', TagValue: '2' },
      ],
    })
    const tags = await kms.call('ListResourceTags', { KeyId: key.KeyId, Limit: 1 })
    expect(tags).toMatchObject({ Tags: [{ TagKey: 'x' }], Truncated: true })
    await kms.call('RotateKeyOnDemand', { KeyId: key.KeyId })
    await kms.call('RotateKeyOnDemand', { KeyId: key.KeyId })
    const rotations = await kms.call('ListKeyRotations', { KeyId: key.KeyId, Limit: 1 })
    const rest = await kms.call('ListKeyRotations', {
      KeyId: key.KeyId,
      Limit: 1,
      Marker: rotations.NextMarker!,
    })
    expect(rest.Rotations[0]?.KeyMaterialState).toBe('CURRENT')
    // 'garbage' is not base64; the others are base64 of another text and of our prefix followed
    // by bytes that are not UTF-8 (neither was issued by the simulator).
    const notUtf8 = Buffer.concat([Buffer.from('keydeck-marker:'), Buffer.from([0xff])])
    for (const Marker of ['garbage', 'bm90IG91cnM=', notUtf8.toString('base64')]) {
      await expect(kms.call('ListKeys', { Marker })).rejects.toMatchObject({
        name: 'InvalidMarkerException',
      })
    }
    await expect(kms.call('ListKeys', { Limit: 0 })).rejects.toMatchObject({
      message:
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    })
    expect(await kms.call('ListKeyPolicies', { KeyId: key.KeyId })).toEqual({
      PolicyNames: ['default'],
      Truncated: false,
    })
  })
})
