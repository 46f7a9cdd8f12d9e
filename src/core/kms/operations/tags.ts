import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { assertNotPendingDeletion } from '../key-state.ts'
import type { Tag } from '../types.ts'
import { list, required } from '../validation/shape.ts'
import { keyIdMember, limitMember, markerMember } from './common-members.ts'
import { paginate, pagingMembers, type PagingMembers } from './paginate.ts'
import { assertValidNewTags, mergeTags, tagKeyMember, tagsMember } from './tag-rules.ts'

/**
 * Adds or overwrites tags of a customer managed key.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_TagResource.html
 */
export const tagResource = defineOperation({
  input: { KeyId: required(keyIdMember()), Tags: required(tagsMember()) },
  async run(rc, input): Promise<void> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:TagResource', key)
    assertNotPendingDeletion(key)
    assertValidNewTags(input.Tags)
    await rc.store.keys.put(key.keyId, { ...key, tags: mergeTags(key.tags, input.Tags) })
  },
})

/**
 * Removing a tag key the key does not have is a silent no-op.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_UntagResource.html
 */
export const untagResource = defineOperation({
  input: { KeyId: required(keyIdMember()), TagKeys: required(list(tagKeyMember())) },
  async run(rc, input): Promise<void> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:UntagResource', key)
    assertNotPendingDeletion(key)
    const removed = new Set(input.TagKeys)
    await rc.store.keys.put(key.keyId, {
      ...key,
      tags: key.tags.filter((t) => !removed.has(t.TagKey)),
    })
  },
})

export interface ListResourceTagsOutput extends PagingMembers {
  Tags: Tag[]
}

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ListResourceTags.html */
export const listResourceTags = defineOperation({
  input: { KeyId: required(keyIdMember()), Limit: limitMember(50), Marker: markerMember() },
  async run(rc, input): Promise<ListResourceTagsOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:ListResourceTags', key)
    const page = paginate(key.tags, (t) => t.TagKey, input.Limit ?? 50, input.Marker)
    return {
      Tags: page.items.map((t) => ({ ...t })),
      ...pagingMembers(page),
    }
  },
})
