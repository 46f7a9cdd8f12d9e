/**
 * What the key page does to one key: its aliases, tags and deletion, each one simulator call
 * (then a refresh of the keys the screens show), every failure kept as the AWS error with its
 * explanation. See sandbox-store.ts for the store itself.
 */
import type { Tag } from '@/core/kms/index.ts'
import {
  attempt,
  connected,
  recordedCall,
  refreshKeys,
  type SandboxResult,
} from './sandbox-store.ts'

/** CreateAlias: `aliasName` as the learner typed it (`alias/orders`). */
export function createAlias(aliasName: string, keyId: string): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('CreateAlias', { AliasName: aliasName, TargetKeyId: keyId })
    await refreshKeys()
  }, 'CreateAlias')
}

/** UpdateAlias: points an existing alias at another key (of the same type and usage). */
export function moveAlias(aliasName: string, targetKeyId: string): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('UpdateAlias', { AliasName: aliasName, TargetKeyId: targetKeyId })
    await refreshKeys()
  }, 'UpdateAlias')
}

export function deleteAlias(aliasName: string): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('DeleteAlias', { AliasName: aliasName })
    await refreshKeys()
  }, 'DeleteAlias')
}

/** Every tag of a key (ListResourceTags, all pages): a read for the screen, not recorded. */
export function listKeyTags(keyId: string): Promise<SandboxResult<Tag[]>> {
  return attempt(async () => {
    const tags: Tag[] = []
    let marker: string | undefined
    do {
      const page = await connected().call('ListResourceTags', {
        KeyId: keyId,
        ...(marker !== undefined && { Marker: marker }),
      })
      tags.push(...page.Tags)
      marker = page.Truncated ? page.NextMarker : undefined
    } while (marker !== undefined)
    return tags
  }, 'ListResourceTags')
}

/** TagResource with one tag: a new key adds it, an existing key gets the new value. */
export function tagKey(keyId: string, tag: Tag): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('TagResource', { KeyId: keyId, Tags: [tag] })
  }, 'TagResource')
}

export function untagKey(keyId: string, tagKey: string): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('UntagResource', { KeyId: keyId, TagKeys: [tagKey] })
  }, 'UntagResource')
}

/**
 * ScheduleKeyDeletion: the key goes to PendingDeletion and is deleted, with its material and
 * aliases, after the waiting period (7–30 days; AWS's default is 30).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html
 */
export function scheduleKeyDeletion(
  keyId: string,
  pendingWindowInDays: number,
): Promise<SandboxResult<Date | undefined>> {
  return attempt(async () => {
    const out = await recordedCall('ScheduleKeyDeletion', {
      KeyId: keyId,
      PendingWindowInDays: pendingWindowInDays,
    })
    await refreshKeys()
    return out.DeletionDate
  }, 'ScheduleKeyDeletion')
}

/** CancelKeyDeletion: the key comes back Disabled, as in AWS. */
export function cancelKeyDeletion(keyId: string): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('CancelKeyDeletion', { KeyId: keyId })
    await refreshKeys()
  }, 'CancelKeyDeletion')
}
