import { TagException } from '../errors.ts'
import type { Tag } from '../types.ts'
import { list, required, string, structure } from '../validation/shape.ts'

/** @see https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html */
export const MAX_TAGS_PER_KEY = 50

export const tagKeyMember = () => string({ min: 1, max: 128 })
export const tagsMember = () =>
  list(
    structure({
      TagKey: required(tagKeyMember()),
      TagValue: required(string({ min: 0, max: 256 })),
    }),
  )

/** Tag rules beyond the model's lengths, with AWS-recorded TagException texts. */
export function assertValidNewTags(tags: readonly Tag[]): void {
  if (tags.some((t) => t.TagKey.toLowerCase().startsWith('aws:'))) {
    throw new TagException('Tags beginning with aws: are reserved')
  }
  const keys = new Set(tags.map((t) => t.TagKey))
  if (keys.size !== tags.length) throw new TagException('Duplicate tag keys')
}

/** New tags overwrite the values of existing keys. */
export function mergeTags(existing: readonly Tag[], added: readonly Tag[]): Tag[] {
  const merged = new Map(existing.map((t) => [t.TagKey, t.TagValue]))
  for (const t of added) merged.set(t.TagKey, t.TagValue)
  if (merged.size > MAX_TAGS_PER_KEY) throw new TagException('Too many tags')
  return [...merged].map(([TagKey, TagValue]) => ({ TagKey, TagValue }))
}
