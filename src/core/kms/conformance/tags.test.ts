// TagResource / UntagResource / ListResourceTags and the TagException texts AWS records.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_TagResource.html
import { NotFoundException, TagException, type Tag } from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createKeyId,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  type Sim,
} from './harness.ts'

const tags = (n: number): Tag[] =>
  Array.from({ length: n }, (_, i) => ({ TagKey: `k${i}`, TagValue: `v${i}` }))

describe('tags', () => {
  let sim: Sim
  let keyId: string

  beforeAll(async () => {
    sim = createSim()
    keyId = await createKeyId(sim.sdk, { Tags: [{ TagKey: 'team', TagValue: 'crypto' }] })
  })

  it('keeps the tags given at creation', async () => {
    const out = await sim.sdk.listResourceTags({ KeyId: keyId })
    expect(out.Tags).toEqual([{ TagKey: 'team', TagValue: 'crypto' }])
    expect(out.Truncated).toBe(false)
  })

  it('adds, overwrites and removes tags by key id or ARN', async () => {
    await sim.sdk.tagResource({
      KeyId: keyArn(keyId),
      Tags: [
        { TagKey: 'team', TagValue: 'security' },
        { TagKey: 'env', TagValue: '' },
      ],
    })
    let out = await sim.sdk.listResourceTags({ KeyId: keyId })
    expect(out.Tags).toHaveLength(2)
    expect(out.Tags).toContainEqual({ TagKey: 'team', TagValue: 'security' })
    expect(out.Tags).toContainEqual({ TagKey: 'env', TagValue: '' })
    await sim.sdk.untagResource({ KeyId: keyId, TagKeys: ['env', 'never-there'] })
    out = await sim.sdk.listResourceTags({ KeyId: keyId })
    expect(out.Tags).toEqual([{ TagKey: 'team', TagValue: 'security' }])
  })

  it('reserves the aws: prefix', async () => {
    const message = 'Tags beginning with aws: are reserved'
    await expectKmsError(
      sim.sdk.tagResource({ KeyId: keyId, Tags: [{ TagKey: 'aws:owner', TagValue: 'x' }] }),
      TagException,
      message,
    )
    await expectKmsError(
      sim.sdk.createKey({ Tags: [{ TagKey: 'aws:owner', TagValue: 'x' }] }),
      TagException,
      message,
    )
  })

  it('refuses duplicate keys in one request', async () => {
    const dup = [
      { TagKey: 'a', TagValue: '1' },
      { TagKey: 'a', TagValue: '2' },
    ]
    await expectKmsError(sim.sdk.createKey({ Tags: dup }), TagException, 'Duplicate tag keys')
    await expectKmsError(
      sim.sdk.tagResource({ KeyId: keyId, Tags: dup }),
      TagException,
      'Duplicate tag keys',
    )
  })

  it('allows 50 tags and refuses 51', async () => {
    const id = await createKeyId(sim.sdk, { Tags: tags(50) })
    expect((await sim.sdk.listResourceTags({ KeyId: id })).Tags).toHaveLength(50)
    await expectKmsError(sim.sdk.createKey({ Tags: tags(51) }), TagException, 'Too many tags')
  })

  it('enforces TagKey 1-128 and TagValue 0-256 characters', async () => {
    await expectKmsError(
      sim.sdk.tagResource({ KeyId: keyId, Tags: [{ TagKey: 'k'.repeat(129), TagValue: '' }] }),
      'ValidationException',
      /at 'tags\.1\.member\.tagKey' failed to satisfy constraint: Member must have length less than or equal to 128/,
    )
    await expectKmsError(
      sim.sdk.tagResource({ KeyId: keyId, Tags: [{ TagKey: '', TagValue: 'v' }] }),
      'ValidationException',
    )
    await expectKmsError(
      sim.sdk.tagResource({ KeyId: keyId, Tags: [{ TagKey: 'k', TagValue: 'v'.repeat(257) }] }),
      'ValidationException',
    )
    await sim.sdk.tagResource({
      KeyId: keyId,
      Tags: [{ TagKey: 'k'.repeat(128), TagValue: 'v'.repeat(256) }],
    })
    await sim.sdk.untagResource({ KeyId: keyId, TagKeys: ['k'.repeat(128)] })
  })

  it('takes a key id or ARN only, not an alias', async () => {
    const id = await createSymmetricKey(sim.sdk)
    await sim.sdk.createAlias({ AliasName: 'alias/tagged', TargetKeyId: id })
    await expectKmsError(
      sim.sdk.tagResource({ KeyId: 'alias/tagged', Tags: [{ TagKey: 'a', TagValue: 'b' }] }),
      NotFoundException,
      "Invalid keyId 'alias/tagged'",
    )
    expect((await sim.sdk.listResourceTags({ KeyId: id })).Tags).toEqual([])
  })
})
